import { plural } from '../forms';
/** Events written by a newer version of Relève (the `versions` namespace, issue 11). */
export const frVersions = {
  newer: {
    title: 'Mise à jour nécessaire',
    text: plural({
      one: 'Des données viennent d’une version plus récente de Relève : mettez l’application à jour. {count} entrée n’est pas affichée sur cette tablette ; elle est conservée telle quelle.',
      other:
        'Des données viennent d’une version plus récente de Relève : mettez l’application à jour. {count} entrées ne sont pas affichées sur cette tablette ; elles sont conservées telles quelles.',
    }),
    whatToDo:
      'En attendant, ce qui est affiché peut être incomplet : vérifiez sur le papier ou sur une tablette à jour.',
  },
};

export const frVersionsValidation = {
  newerVersion:
    'Cette entrée vient d’une version plus récente de Relève : mettez l’application à jour pour la lire.',
};
