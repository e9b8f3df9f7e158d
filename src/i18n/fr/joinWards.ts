import { plural } from '../forms';

/** Two wards begun separately, joined (issue 14, point 6): features/joinWards. */
export const frJoinWards = {
  title: 'Deux services commencés à part',
  join: {
    title: 'Joindre un service commencé à part',
    intro:
      'Deux tablettes ont chacune créé « le service » au début de la panne ? Faites le fichier du service sur l’autre tablette, puis joignez-le ici avec sa phrase de passe. Tout ce qu’elle a saisi est repris ici, avec ses auteurs et ses heures, et chiffré avec la clé de ce service. Ce service garde son nom et ses réglages ; un lit de même nom est le même lit.',
    file: 'Fichier du service de l’autre tablette (.releve)',
    passphrase: 'Phrase de passe de l’autre service',
    submit: 'Joindre ce service',
    working: 'Vérification du fichier, puis reprise des entrées…',
    progress: 'Avancement : {done} sur {total}',
    done: '{entries} du service « {name} », {patients}, {beds}, {people}.',
    unnamed: 'sans nom',
    entries: plural({ one: '{n} entrée reprise', other: '{n} entrées reprises' }),
    patients: plural({ one: '{n} patient', other: '{n} patients' }),
    beds: plural({ one: '{n} lit en double à vérifier', other: '{n} lits en double à vérifier' }),
    people: plural({
      one: '{n} personne peut-être admise deux fois',
      other: '{n} personnes peut-être admises deux fois',
    }),
    toLink:
      'Voyez « Conflits entre tablettes » sur le tableau du service : déplacez ou reliez ce qui est en double.',
    nothingNew: 'Aucune entrée nouvelle : ce fichier a déjà été joint à ce service.',
  },
  move: {
    done: 'Cette tablette est maintenant sur le service fusionné.',
    title: 'Rejoindre le service fusionné',
    intro:
      'Le service de cette tablette a été joint à un autre, sur une autre tablette ? Prenez le fichier du service fusionné, fait après la jonction, et sa phrase de passe. Cette tablette passe alors à ce service, seulement si tout ce qu’elle a saisi se trouve dans le fichier. Les brouillons en cours doivent d’abord être enregistrés ou abandonnés.',
    file: 'Fichier du service fusionné (.releve)',
    passphrase: 'Phrase de passe (service fusionné)',
    submit: 'Passer au service fusionné',
    working: 'Vérification que rien de cette tablette ne manque…',
  },
  noFile: 'Choisissez d’abord un fichier.',
  noPassphrase: 'Saisissez la phrase de passe.',
  errors: {
    sameWard:
      'Ce fichier est celui de ce service : importez-le dans « Importer un fichier du service ». Rien n’a été modifié.',
    noAuthor:
      'Choisissez d’abord qui saisit : la jonction est enregistrée à son nom. Rien n’a été modifié.',
    missingEntries: plural({
      one: '{n} entrée de cette tablette manque dans ce fichier. Rien n’a été modifié. Joignez d’abord le fichier de cette tablette au service fusionné, puis refaites-y le fichier du service.',
      other:
        '{n} entrées de cette tablette manquent dans ce fichier. Rien n’a été modifié. Joignez d’abord le fichier de cette tablette au service fusionné, puis refaites-y le fichier du service.',
    }),
    draftsPending: plural({
      one: '{n} brouillon n’est pas encore enregistré sur cette tablette : ouvrez-le, puis enregistrez-le ou abandonnez-le. Rien n’a été modifié.',
      other:
        '{n} brouillons ne sont pas encore enregistrés sur cette tablette : ouvrez-les, puis enregistrez-les ou abandonnez-les. Rien n’a été modifié.',
    }),
  },
};
