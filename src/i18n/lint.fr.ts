import type { lintEn } from './lint.en.js';

/** Messages de `edito lint` en français. */
export const lintFr: Record<keyof typeof lintEn, string> = {
  'lint.known_ids': 'connus : {ids}',
  'lint.directive.unused': 'la directive edito-disable ne fait rien taire : {ids}',
  'lint.directive.unused_all': 'la directive edito-disable ne fait rien taire',
  'lint.config.unknown_option': 'option « {key} » inconnue pour la règle « {id} »',
  'lint.config.options_are': 'options de cette règle : {keys}',
  'lint.config.unknown_rule': 'règle inconnue « {id} » dans --rule',
  'lint.config.bad_rule_flag': '--rule attend id:sévérité (error, warning, info, off), pas « {value} »',
  'lint.config.bad_today': '--today attend une date AAAA-MM-JJ, pas « {value} »',
  'lint.config.bad_window': '--{flag} attend une date AAAA-MM-JJ, pas « {value} »',
  'lint.config.bad_max_warnings': '--max-warnings attend un nombre entier, pas « {value} »',
  'lint.config.stdin_filename': '--stdin demande --stdin-filename (le chemin du post, pour les messages et les règles)',
  'lint.config.no_match': 'aucun post ne correspond à {pattern}',
  'lint.config.fix_stdin': '--fix ne peut pas écrire sur l’entrée standard ; utilisez --fix-dry-run',
  'lint.csv.no_text': 'le fichier CSV {file} n’a pas de colonne de texte (text, texte, message, content)',
  'lint.csv.unreadable': 'impossible de lire le fichier CSV {file} : {reason}',
  'lint.summary': '{problems} problème(s) ({errors} erreur(s), {warnings} avertissement(s), {infos} info)',
  'lint.summary.fixable': '{count} problème(s) corrigeable(s) avec --fix',
  'lint.clean': 'aucun problème dans {count} post(s)',
  'lint.fix_not_written': 'impossible d’écrire les corrections de {file} : {reason} ; le fichier est inchangé',
  'lint.fixed': '{count} fichier(s) corrigé(s)',
  'lint.too_many_warnings': 'edito lint a trouvé trop d’avertissements (maximum : {max})',
  'lint.more_findings': 'et {count:number} de plus pour cette règle dans ce post (seuls les {max} premiers sont listés)',
  'lint.post_too_large': 'le post fait {size:number} octets, au-delà des {max:number} que lit edito : il n’a pas été vérifié',
  'lint.post_too_large.hint': 'un post tient une publication : découpez ce fichier, ou sortez du dossier des posts ce qui n’en est pas un',
};
