import { plural } from '../forms';

/** A ward file made with entries this tablet cannot read (issue 14 leftovers). */
export const frWardFileCarry = {
  asStored: plural({
    one: '{count} entrée illisible sur cette tablette (abîmée, ou écrite par une version plus récente de Relève) est dans le fichier telle qu’elle est enregistrée : la tablette qui importera le fichier la vérifiera et la mettra à l’écart si besoin.',
    other:
      '{count} entrées illisibles sur cette tablette (abîmées, ou écrites par une version plus récente de Relève) sont dans le fichier telles qu’elles sont enregistrées : la tablette qui importera le fichier les vérifiera et les mettra à l’écart si besoin.',
  }),
  leftOut: plural({
    one: 'Attention : {count} entrée n’a pas pu être mise dans le fichier, car elle est trop abîmée sur cette tablette pour être copiée. Le fichier contient tout le reste. Prévenez le cadre et gardez cette tablette telle quelle : l’entrée y reste.',
    other:
      'Attention : {count} entrées n’ont pas pu être mises dans le fichier, car elles sont trop abîmées sur cette tablette pour être copiées. Le fichier contient tout le reste. Prévenez le cadre et gardez cette tablette telle quelle : les entrées y restent.',
  }),
  giveAnyway: 'Remettre le fichier quand même',
  /** Where a set-aside entry came from (Settings, « Entrées mises à l’écart »). */
  source: {
    ward: 'Fichier du service « {file} », fait sur {device} le {made}',
    backup: 'Copie de sauvegarde « {file} », faite sur {device} le {made}',
    hub: 'Reçue du serveur du service le {made}',
    other: '« {file} », venu de {device} le {made}',
  },
};
