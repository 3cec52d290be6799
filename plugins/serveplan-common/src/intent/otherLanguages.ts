import { BASQUE } from './basqueWords';
import { CATALAN } from './catalanWords';
import { CROATIAN } from './croatianWords';
import { CZECH } from './czechWords';
import { DANISH } from './danishWords';
import { FINNISH } from './finnishWords';
import { LATVIAN } from './latvianWords';
import { readInflectedLoanwords } from './loanwordInflections';
import {
  INDONESIAN,
  INDONESIAN_AFTER_NUMBER,
  pluralizeCountedNouns,
} from './indonesianWords';
import { RUSSIAN } from './russianWords';
import { SLOVAK } from './slovakWords';
import {
  readTurkishPostpositions,
  TURKISH,
  TURKISH_AFTER_NUMBER,
} from './turkishWords';

/**
 * Words of a request written wholly or partly in French, Portuguese, Spanish, German, Italian,
 * Dutch, Polish, Swedish, Czech, Indonesian, Turkish, Croatian, Danish, Slovak, Catalan,
 * Finnish, Latvian, Russian or Basque, read in English before
 * the rules read the text: "8 000 utilisateurs, 5 % actifs par jour", "uns 12 mil alunos", "US$
 * 900 por mês", "keine Modelle aus China", "1.500 utenti al giorno", "une dizaine de requêtes",
 * "60 tys. USD rocznie". Only the words of sizing a
 * deployment are here (people and their trades, periods, at once, bounds and round numbers,
 * money, tasks, priorities, origins, what is forbidden, lengths of text and time), each as a
 * whole word or phrase, so English is never rewritten: a phrase whose words are also English
 * ("par", "pic", "mil", "uns") is read only in the frame that makes it foreign ("par jour", "pic
 * à", "12 mil", "uns 40"). In text of a language that groups thousands with a dot, "2.400" is
 * 2,400. What was read so is listed as an assumption.
 */

/** One phrase of another language and the English the rules read instead. */
export interface ForeignPhrase {
  /** The phrase, a regular-expression source without groups, matched case-insensitively. */
  words: string;
  english: string;
}

/** Each table lists longer phrases before the shorter ones they contain. */
const FRENCH: ForeignPhrase[] = [
  {
    words: 'utilisateurs? simultanés|utilisateurs? concurrents',
    english: 'concurrent users',
  },
  { words: 'utilisateurs? actifs', english: 'active users' },
  { words: 'utilisateur(?:rice)?s?', english: 'users' },
  { words: 'personnes', english: 'people' },
  { words: 'salariés|employés|collaborateurs', english: 'employees' },
  { words: 'étudiants|élèves', english: 'students' },
  { words: 'traducteurs|traductrices', english: 'translators' },
  { words: 'techniciens|techniciennes', english: 'technicians' },
  { words: 'ingénieurs', english: 'engineers' },
  { words: 'développeurs|développeuses', english: 'developers' },
  { words: 'médecins', english: 'doctors' },
  { words: 'infirmiers|infirmières', english: 'nurses' },
  { words: 'avocats|juristes', english: 'lawyers' },
  { words: 'enseignants|professeurs', english: 'teachers' },
  { words: 'conseillers|conseillères', english: 'advisers' },
  { words: 'opérateurs|opératrices', english: 'operators' },
  { words: 'rédacteurs|rédactrices', english: 'writers' },
  { words: 'chercheurs|chercheuses', english: 'researchers' },
  { words: 'interdits?|interdites?', english: 'forbidden' },
  { words: 'requêtes|demandes', english: 'requests' },
  { words: 'par jour|chaque jour|quotidiennement', english: 'per day' },
  { words: 'par semaine', english: 'per week' },
  { words: 'par mois|mensuels?', english: 'per month' },
  { words: 'seulement|uniquement', english: 'only' },
  { words: 'traitements? par lots|par lots', english: 'batch processing' },
  { words: "personne n'attend", english: 'nobody waits on each' },
  { words: 'par trimestre', english: 'per quarter' },
  { words: 'par an|par année|annuels?', english: 'per year' },
  { words: 'par heure', english: 'per hour' },
  { words: 'par minute', english: 'per minute' },
  { words: 'par seconde', english: 'per second' },
  { words: 'en même temps|simultanément', english: 'at the same time' },
  { words: 'actifs', english: 'active' },
  { words: 'au total', english: 'in total' },
  { words: 'pic à|pic de|en pointe', english: 'at peak' },
  { words: 'au maximum|au plus', english: 'at most' },
  { words: 'moins de|en dessous de|sous', english: 'under' },
  { words: 'environ|à peu près|près de', english: 'about' },
  { words: 'une dizaine de|une dizaine', english: 'about ten' },
  { words: 'une douzaine de|une douzaine', english: 'a dozen' },
  { words: 'une vingtaine de|une vingtaine', english: 'about twenty' },
  { words: 'une trentaine de|une trentaine', english: 'about thirty' },
  { words: 'une cinquantaine de|une cinquantaine', english: 'about fifty' },
  { words: 'une centaine de|une centaine', english: 'about a hundred' },
  { words: 'un millier de|un millier', english: 'about a thousand' },
  { words: 'chacun|chacune', english: 'each' },
  { words: "jusqu'à", english: 'up to' },
  { words: 'modèles? chinois', english: 'models from china' },
  { words: 'modèles?', english: 'models' },
  { words: 'pas de', english: 'no' },
  { words: 'déployer', english: 'deploy' },
  { words: 'résumer', english: 'summarize' },
  { words: 'résumés?', english: 'summaries' },
  { words: 'traduire', english: 'translate' },
  {
    words: "l'utiliseront|l'utiliseraient|l'utilisera",
    english: 'will use it',
  },
  { words: "l'utilisent|l'utilise", english: 'use it' },
  { words: 'rédiger|rédige', english: 'draft' },
  { words: 'générer|génère', english: 'generate' },
  { words: 'écrire|écrit', english: 'write' },
  { words: 'traductions?', english: 'translation' },
  { words: 'réponses?', english: 'answers' },
  { words: 'jetons', english: 'tokens' },
  { words: 'fenêtre', english: 'window' },
  { words: 'secondes?', english: 'seconds' },
  { words: 'heures', english: 'hours' },
  { words: 'jours', english: 'days' },
  { words: 'compte plus que|importe plus que', english: 'matters more than' },
  { words: 'qualité', english: 'quality' },
  { words: 'coûts?', english: 'cost' },
  { words: 'latence', english: 'latency' },
  {
    words: 'usage commercial|utilisation commerciale',
    english: 'commercial use',
  },
  { words: 'premier jeton|premier token', english: 'first token' },
  { words: 'rapidité|vitesse', english: 'speed' },
  { words: 'précision|exactitude', english: 'accuracy' },
  { words: 'plus important(?:e)? que', english: 'more important than' },
  { words: 'pas cher|bon marché', english: 'cheap' },
];

const PORTUGUESE: ForeignPhrase[] = [
  {
    words: 'usuários simultâneos|usuários concorrentes',
    english: 'concurrent users',
  },
  { words: 'usuários ativos', english: 'active users' },
  { words: 'usuários|utilizadores', english: 'users' },
  { words: 'pessoas', english: 'people' },
  { words: 'funcionários|colaboradores', english: 'employees' },
  { words: 'clientes', english: 'customers' },
  { words: 'requisições|solicitações', english: 'requests' },
  { words: 'documentos', english: 'documents' },
  { words: 'chamados', english: 'tickets' },
  { words: 'alunos|estudantes', english: 'students' },
  { words: 'tradutores', english: 'translators' },
  { words: 'técnicos', english: 'technicians' },
  { words: 'engenheiros', english: 'engineers' },
  { words: 'desenvolvedores', english: 'developers' },
  { words: 'médicos', english: 'doctors' },
  { words: 'enfermeiros|enfermeiras', english: 'nurses' },
  { words: 'advogados', english: 'lawyers' },
  { words: 'professores', english: 'teachers' },
  { words: 'atendentes', english: 'support agents' },
  { words: 'analistas', english: 'analysts' },
  { words: 'pesquisadores', english: 'researchers' },
  { words: 'operadores', english: 'operators' },
  { words: 'proibidos?|proibidas?', english: 'forbidden' },
  { words: 'por dia|diariamente', english: 'per day' },
  { words: 'por semana', english: 'per week' },
  { words: 'por mês|mensais?', english: 'per month' },
  { words: 'só|somente|apenas', english: 'only' },
  { words: 'temos', english: 'we have' },
  { words: 'de uma vez(?: só)?|de uma só vez', english: 'in one go' },
  { words: 'tudo', english: 'everything' },
  { words: 'fim de semana', english: 'weekend' },
  { words: 'afinal', english: 'actually' },
  { words: 'por trimestre', english: 'per quarter' },
  { words: 'por ano|anuais?', english: 'per year' },
  { words: 'por hora', english: 'per hour' },
  { words: 'por minuto', english: 'per minute' },
  { words: 'por segundo', english: 'per second' },
  { words: 'ao mesmo tempo|simultaneamente', english: 'at the same time' },
  { words: 'no máximo', english: 'at most' },
  { words: 'menos de', english: 'under' },
  { words: 'cerca de|aproximadamente', english: 'about' },
  { words: 'uma dezena de|uma dezena', english: 'about ten' },
  { words: 'uma dúzia de|uma dúzia', english: 'a dozen' },
  { words: 'uma centena de|uma centena', english: 'about a hundred' },
  { words: 'cada um|cada uma', english: 'each' },
  { words: 'até', english: 'up to' },
  { words: 'orçamento', english: 'budget' },
  { words: 'dólares', english: 'dollars' },
  { words: 'modelos? chineses', english: 'models from china' },
  { words: 'nada de', english: 'no' },
  { words: 'código aberto', english: 'open source' },
  { words: 'resumir', english: 'summarize' },
  { words: 'resumos?', english: 'summaries' },
  { words: 'traduzir', english: 'translate' },
  { words: 'redigir', english: 'draft' },
  { words: 'gerar', english: 'generate' },
  { words: 'escrever', english: 'write' },
  { words: 'relatórios', english: 'reports' },
  { words: 'tradução|traduçao|traducao', english: 'translation' },
  { words: 'janela de', english: 'window of' },
  { words: 'saída', english: 'output' },
  { words: 'entrada', english: 'input' },
  { words: 'um décimo', english: 'a tenth' },
  { words: 'um quinto', english: 'a fifth' },
  { words: 'um quarto', english: 'a quarter' },
  { words: 'metade', english: 'half' },
  { words: 'deles|delas', english: 'of them' },
  { words: 'usem|usam', english: 'use' },
  { words: 'usando', english: 'using' },
  { words: 'primeiro token', english: 'first token' },
  { words: 'segundos?', english: 'seconds' },
  { words: 'horas', english: 'hours' },
  { words: 'dias', english: 'days' },
  { words: 'qualidade', english: 'quality' },
  { words: 'custos?', english: 'cost' },
  { words: 'latência', english: 'latency' },
  { words: 'percentil', english: 'percentile' },
  { words: 'uso comercial', english: 'commercial use' },
  { words: 'não importa|nao importa', english: "doesn't matter" },
  { words: 'simultâneos|concorrentes', english: 'concurrent' },
  { words: 'ativos', english: 'active' },
  { words: 'velocidade|rapidez', english: 'speed' },
  { words: 'precisão', english: 'accuracy' },
  {
    words: 'mais importante que|mais importante do que',
    english: 'more important than',
  },
  { words: 'barato', english: 'cheap' },
];

const SPANISH: ForeignPhrase[] = [
  {
    words: 'usuarios concurrentes|usuarios simultáneos',
    english: 'concurrent users',
  },
  { words: 'usuarios activos', english: 'active users' },
  { words: 'usuarios', english: 'users' },
  { words: 'empleados', english: 'employees' },
  { words: 'estudiantes|alumnos', english: 'students' },
  { words: 'traductores', english: 'translators' },
  { words: 'técnicos', english: 'technicians' },
  { words: 'ingenieros', english: 'engineers' },
  { words: 'desarrolladores', english: 'developers' },
  { words: 'médicos', english: 'doctors' },
  { words: 'enfermeros|enfermeras', english: 'nurses' },
  { words: 'abogados', english: 'lawyers' },
  { words: 'profesores', english: 'teachers' },
  { words: 'agentes', english: 'support agents' },
  { words: 'analistas', english: 'analysts' },
  { words: 'investigadores', english: 'researchers' },
  { words: 'operadores', english: 'operators' },
  { words: 'prohibidos?|prohibidas?', english: 'forbidden' },
  { words: 'solicitudes|peticiones', english: 'requests' },
  { words: 'por día|al día|diariamente', english: 'per day' },
  { words: 'por semana|a la semana', english: 'per week' },
  { words: 'por mes|al mes', english: 'per month' },
  { words: 'sólo|solamente', english: 'only' },
  { words: 'tenemos', english: 'we have' },
  { words: 'por año|al año', english: 'per year' },
  { words: 'al mismo tiempo|simultáneamente', english: 'at the same time' },
  { words: 'como máximo', english: 'at most' },
  { words: 'alrededor de', english: 'about' },
  { words: 'una decena de|una decena', english: 'about ten' },
  { words: 'una docena de|una docena', english: 'a dozen' },
  { words: 'una veintena de|una veintena', english: 'about twenty' },
  { words: 'un centenar de|un centenar', english: 'about a hundred' },
  { words: 'un millar de|un millar', english: 'about a thousand' },
  { words: 'cada uno|cada una', english: 'each' },
  { words: 'presupuesto', english: 'budget' },
  { words: 'presupuesto anual', english: 'budget per year' },
  { words: 'presupuesto mensual', english: 'budget per month' },
  { words: 'dólares|dólar', english: 'dollars' },
  { words: 'anual(?:es)?', english: 'per year' },
  { words: 'mensual(?:es)?', english: 'per month' },
  { words: 'x mes', english: 'per month' },
  { words: 'x día|x dia', english: 'per day' },
  { words: 'modelos? chinos', english: 'models from china' },
  { words: 'resumir', english: 'summarize' },
  { words: 'traducir', english: 'translate' },
  { words: 'redactar|redacta', english: 'draft' },
  { words: 'generar', english: 'generate' },
  { words: 'escribir|escribe', english: 'write' },
  { words: 'informes', english: 'reports' },
  { words: 'traducción', english: 'translation' },
  { words: 'calidad', english: 'quality' },
  { words: 'costo|coste', english: 'cost' },
  { words: 'latencia', english: 'latency' },
  { words: 'percentil', english: 'percentile' },
  { words: 'uso comercial', english: 'commercial use' },
  { words: 'obligatorio|obligatoria', english: 'required' },
  { words: 'concurrentes|simultáneos', english: 'concurrent' },
  { words: 'activos', english: 'active' },
  { words: 'en pico|en hora pico|en el pico', english: 'at peak' },
  { words: 'abajo de|menos de', english: 'under' },
  { words: 'primer token', english: 'first token' },
  { words: 'velocidad|rapidez', english: 'speed' },
  { words: 'precisión|exactitud', english: 'accuracy' },
  { words: 'más importante que', english: 'more important than' },
];

const GERMAN: ForeignPhrase[] = [
  { words: 'aktive nutzer', english: 'active users' },
  {
    words: 'benutzer|nutzer(?:innen)?|nutzende[n]?|benutzende[n]?',
    english: 'users',
  },
  { words: 'mitarbeiter(?:innen|n)?|mitarbeitende[n]?', english: 'employees' },
  { words: 'kunden', english: 'customers' },
  { words: 'übersetzer(?:innen)?', english: 'translators' },
  { words: 'techniker(?:innen)?', english: 'technicians' },
  { words: 'ingenieure|ingenieurinnen', english: 'engineers' },
  { words: 'entwickler(?:innen)?', english: 'developers' },
  { words: 'ärzte|ärztinnen', english: 'doctors' },
  { words: 'pflegekräfte', english: 'nurses' },
  { words: 'anwälte|anwältinnen|juristen', english: 'lawyers' },
  { words: 'lehrer(?:innen)?|lehrkräfte', english: 'teachers' },
  { words: 'sachbearbeiter(?:innen)?', english: 'clerks' },
  { words: 'kollegen|kolleginnen', english: 'colleagues' },
  { words: 'studenten|studierende', english: 'students' },
  { words: 'forscher(?:innen)?|forschende[n]?', english: 'researchers' },
  { words: 'verboten', english: 'forbidden' },
  { words: 'sind', english: 'are' },
  { words: 'ist', english: 'is' },
  { words: 'anfragen', english: 'requests' },
  { words: 'dokumente', english: 'documents' },
  { words: 'pro tag|am tag|täglich', english: 'per day' },
  { words: 'pro woche', english: 'per week' },
  { words: 'pro monat|im monat|monatlich', english: 'per month' },
  { words: 'nur', english: 'only' },
  { words: 'wir haben', english: 'we have' },
  { words: 'pro jahr|im jahr|jährlich', english: 'per year' },
  { words: 'gleichzeitig', english: 'at the same time' },
  { words: 'höchstens', english: 'at most' },
  { words: 'ungefähr|etwa', english: 'about' },
  { words: 'ein dutzend|dutzend', english: 'a dozen' },
  { words: 'jede/r|jeder|jede|jeweils', english: 'each' },
  { words: 'keine modelle aus china', english: 'no models from china' },
  { words: 'chinesische modelle', english: 'models from china' },
  { words: 'keine|keinen|kein', english: 'no' },
  { words: 'zusammenfassen', english: 'summarize' },
  { words: 'zusammenfassungen?', english: 'summaries' },
  { words: 'übersetzen', english: 'translate' },
  {
    words: 'vorformulieren|vorformuliert|formulieren|formuliert',
    english: 'draft',
  },
  { words: 'generieren|generiert', english: 'generate' },
  { words: 'schreiben|schreibt', english: 'write' },
  { words: 'erstellen|erstellt', english: 'create' },
  { words: 'berichte', english: 'reports' },
  { words: 'übersetzung(?:en)?', english: 'translation' },
  { words: 'qualität', english: 'quality' },
  { words: 'kosten', english: 'cost' },
  { words: 'latenz', english: 'latency' },
  { words: 'perzentil', english: 'percentile' },
  {
    words: 'kommerziell nutzbar|kommerzielle nutzung',
    english: 'commercial use',
  },
  { words: 'erstes token|erste token', english: 'first token' },
  { words: 'ein drittel davon', english: 'a third of them' },
  { words: 'ein viertel davon', english: 'a quarter of them' },
  { words: 'die hälfte davon', english: 'half of them' },
  { words: 'unter', english: 'under' },
  { words: 'innerhalb von', english: 'within' },
  { words: 'geschwindigkeit|schnelligkeit', english: 'speed' },
  { words: 'genauigkeit|präzision', english: 'accuracy' },
  { words: 'wichtiger als', english: 'more important than' },
  { words: 'schnell', english: 'fast' },
  { words: 'jahresbudget', english: 'budget per year' },
  { words: 'monatsbudget', english: 'budget per month' },
  { words: 'sekunden', english: 'seconds' },
  { words: 'sekunde', english: 'second' },
  { words: 'muss|müssen', english: 'must' },
  { words: 'sein', english: 'be' },
  { words: 'stunden', english: 'hours' },
];

const ITALIAN: ForeignPhrase[] = [
  { words: 'utenti attivi', english: 'active users' },
  { words: 'utenti', english: 'users' },
  { words: 'persone', english: 'people' },
  { words: 'dipendenti', english: 'employees' },
  { words: 'clienti', english: 'customers' },
  { words: 'studenti', english: 'students' },
  { words: 'tecnici', english: 'technicians' },
  { words: 'ingegneri', english: 'engineers' },
  { words: 'sviluppatori', english: 'developers' },
  { words: 'operatori', english: 'operators' },
  { words: 'avvocati', english: 'lawyers' },
  { words: 'traduttori', english: 'translators' },
  { words: 'richieste|domande', english: 'requests' },
  { words: 'documenti', english: 'documents' },
  {
    words: 'al giorno|ogni giorno|giornalier[ie]|quotidian[ie]',
    english: 'per day',
  },
  { words: 'alla settimana|a settimana|settimanal[ie]', english: 'per week' },
  { words: 'al mese|mensil[ie]', english: 'per month' },
  { words: "all'anno|annu[ie]|annual[ie]", english: 'per year' },
  { words: "all'ora", english: 'per hour' },
  { words: 'al minuto', english: 'per minute' },
  { words: 'al secondo', english: 'per second' },
  { words: 'soltanto|solamente|esclusivamente', english: 'only' },
  { words: 'abbiamo', english: 'we have' },
  {
    words: 'contemporaneamente|in contemporanea|allo stesso tempo',
    english: 'at the same time',
  },
  { words: 'al massimo', english: 'at most' },
  { words: 'meno di', english: 'under' },
  { words: 'fino a', english: 'up to' },
  { words: 'una decina di|una decina', english: 'about ten' },
  { words: 'una dozzina di|una dozzina', english: 'a dozen' },
  { words: 'una ventina di|una ventina', english: 'about twenty' },
  { words: 'una trentina di|una trentina', english: 'about thirty' },
  { words: 'una cinquantina di|una cinquantina', english: 'about fifty' },
  { words: 'un centinaio di|un centinaio', english: 'about a hundred' },
  { words: 'un migliaio di|un migliaio', english: 'about a thousand' },
  { words: 'ognuno|ognuna|ciascuno|ciascuna', english: 'each' },
  { words: 'modelli cinesi', english: 'models from china' },
  { words: 'modell[io]', english: 'models' },
  { words: 'nessun|nessuna|nessuno|niente', english: 'no' },
  { words: 'vietat[io]|vietate?', english: 'forbidden' },
  { words: 'riassumere', english: 'summarize' },
  { words: 'riassunt[io]', english: 'summaries' },
  { words: 'tradurre', english: 'translate' },
  { words: 'redigere', english: 'draft' },
  { words: 'generare', english: 'generate' },
  { words: 'scrivere|scrive|scrivono', english: 'write' },
  { words: 'rapporti|relazioni', english: 'reports' },
  { words: 'avvisi', english: 'notices' },
  { words: 'traduzion[ei]', english: 'translation' },
  { words: 'rispost[ae]', english: 'answers' },
  { words: 'secondi', english: 'seconds' },
  { words: 'giorni', english: 'days' },
  { words: 'qualità', english: 'quality' },
  { words: 'cost[io]', english: 'cost' },
  { words: 'latenza', english: 'latency' },
  { words: 'percentili?', english: 'percentile' },
  { words: 'uso commerciale|per uso commerciale', english: 'commercial use' },
  { words: 'alla volta', english: 'at the same time' },
  { words: 'entro', english: 'within' },
  { words: 'contesto', english: 'context' },
  { words: 'primo token', english: 'first token' },
  { words: 'redattori', english: 'writers' },
  { words: 'colleghi', english: 'colleagues' },
  { words: 'testi', english: 'texts' },
  { words: 'velocità|rapidità', english: 'speed' },
  { words: 'precisione|accuratezza', english: 'accuracy' },
  {
    words: 'più importante di|più importante della',
    english: 'more important than',
  },
  { words: 'veloce', english: 'fast' },
  { words: 'dollari|dollaro', english: 'dollars' },
  { words: 'economico', english: 'cheap' },
];

const DUTCH: ForeignPhrase[] = [
  { words: 'actieve gebruikers', english: 'active users' },
  { words: 'gebruikers', english: 'users' },
  { words: 'medewerkers|werknemers', english: 'employees' },
  { words: 'klanten', english: 'customers' },
  { words: 'studenten|leerlingen', english: 'students' },
  { words: 'verzoeken|aanvragen|vragen', english: 'requests' },
  { words: 'documenten', english: 'documents' },
  { words: 'brieven', english: 'letters' },
  { words: 'klachten', english: 'complaints' },
  { words: 'meldingen', english: 'reports' },
  { words: 'duizenden', english: 'thousands of' },
  { words: 'per dag|dagelijks', english: 'per day' },
  { words: 'wekelijks', english: 'per week' },
  { words: 'per maand|maandelijks', english: 'per month' },
  { words: 'per jaar|jaarlijks', english: 'per year' },
  { words: 'per uur', english: 'per hour' },
  { words: 'per minuut', english: 'per minute' },
  { words: 'piek', english: 'peak' },
  { words: 'moet (?:echt |wel )?correct zijn', english: 'must be correct' },
  { words: 'jaarbudget', english: 'annual budget' },
  { words: 'gemiddeld', english: 'on average' },
  { words: 'niet belangrijk', english: 'not important' },
  { words: 'mag (?:iets|ietsje|wat) minder', english: 'can be lower' },
  {
    words: 'tegelijk|tegelijkertijd|gelijktijdig',
    english: 'at the same time',
  },
  { words: 'maximaal|hoogstens', english: 'at most' },
  { words: "ongeveer|zo'n", english: 'about' },
  { words: 'minder dan|onder', english: 'under' },
  { words: 'binnen', english: 'within' },
  { words: 'alleen', english: 'only' },
  { words: 'geen chinese modellen', english: 'no models from china' },
  { words: 'chinese modellen', english: 'models from china' },
  { words: 'modellen', english: 'models' },
  { words: 'geen', english: 'no' },
  { words: 'samenvat+en', english: 'summarize' },
  { words: 'samenvattingen?', english: 'summaries' },
  { words: 'vertalen', english: 'translate' },
  { words: 'opstellen', english: 'draft' },
  { words: 'genereren', english: 'generate' },
  { words: 'schrijven', english: 'write' },
  { words: 'rapporten|verslagen', english: 'reports' },
  { words: 'vertaling(?:en)?', english: 'translation' },
  { words: 'antwoorden?', english: 'answers' },
  { words: 'eerste token', english: 'first token' },
  { words: 'seconden', english: 'seconds' },
  { words: 'uren', english: 'hours' },
  { words: 'dagen', english: 'days' },
  { words: 'kwaliteit', english: 'quality' },
  { words: 'kosten', english: 'cost' },
  { words: 'snelheid', english: 'speed' },
  { words: 'nauwkeurigheid', english: 'accuracy' },
  { words: 'belangrijker dan', english: 'more important than' },
  { words: 'goedkoo?p', english: 'cheap' },
  { words: 'snel', english: 'fast' },
  { words: 'commercieel gebruik', english: 'commercial use' },
  { words: 'ieder|elke', english: 'each' },
];

const POLISH: ForeignPhrase[] = [
  {
    words: 'aktywnych użytkowników|aktywni użytkownicy',
    english: 'active users',
  },
  { words: 'użytkowników|użytkownicy|użytkownika', english: 'users' },
  { words: 'osób|osoby|ludzi', english: 'people' },
  { words: 'pracowników|pracownicy', english: 'employees' },
  {
    words: 'programistów|programiści|deweloperów|devów',
    english: 'developers',
  },
  { words: 'klientów|klienci', english: 'customers' },
  { words: 'studentów|uczniów', english: 'students' },
  { words: 'zapytań|requestów|żądań', english: 'requests' },
  { words: 'dokumentów', english: 'documents' },
  { words: 'dziennie|na dzień|każdego dnia', english: 'per day' },
  { words: 'tygodniowo|na tydzień', english: 'per week' },
  { words: 'miesięcznie|na miesiąc', english: 'per month' },
  { words: 'rocznie|na rok', english: 'per year' },
  { words: 'na godzinę', english: 'per hour' },
  { words: 'na minutę', english: 'per minute' },
  { words: 'na sekundę', english: 'per second' },
  {
    words: 'jednocześnie|równocześnie|naraz|na raz',
    english: 'at the same time',
  },
  { words: 'maksymalnie|najwyżej', english: 'at most' },
  { words: 'około|mniej więcej', english: 'about' },
  { words: 'poniżej|mniej niż', english: 'under' },
  { words: 'tylko|wyłącznie', english: 'only' },
  { words: 'budżet|budżetu', english: 'budget' },
  {
    words: 'chińskich modeli|modele chińskie|chińskie modele',
    english: 'models from china',
  },
  { words: 'modeli|modele', english: 'models' },
  { words: 'bez', english: 'no' },
  { words: 'mamy', english: 'we have' },
  { words: 'podsumowania|podsumowanie|streszczenia', english: 'summaries' },
  { words: 'tłumaczenie|tłumaczenia', english: 'translation' },
  { words: 'tłumaczyć|przetłumaczyć', english: 'translate' },
  { words: 'odpowiedzi', english: 'answers' },
  { words: 'pierwszy token', english: 'first token' },
  { words: 'tokenów|tokeny', english: 'tokens' },
  { words: 'kontekst|kontekstu', english: 'context' },
  { words: 'sekund|sekundy', english: 'seconds' },
  { words: 'godzin|godziny', english: 'hours' },
  { words: 'dni', english: 'days' },
  { words: 'jakość', english: 'quality' },
  { words: 'koszt|koszty|kosztów', english: 'cost' },
  { words: 'opóźnienie', english: 'latency' },
  { words: 'ważniejsz[ay] niż', english: 'more important than' },
  { words: 'tani|tanio', english: 'cheap' },
  { words: 'szybki|szybko', english: 'fast' },
  { words: 'użytku komercyjnego|użycie komercyjne', english: 'commercial use' },
  { words: 'każdy|każda', english: 'each' },
];

/** Swedish, with the Norwegian and Danish words for users, staff and at once. */
const SWEDISH: ForeignPhrase[] = [
  { words: 'aktiva användare', english: 'active users' },
  { words: 'användare|brukere|brugere', english: 'users' },
  { words: 'personer', english: 'people' },
  { words: 'anställda|medarbetare|ansatte', english: 'employees' },
  { words: 'kunder', english: 'customers' },
  { words: 'studenter|elever', english: 'students' },
  { words: 'handläggare', english: 'clerks' },
  { words: 'utvecklare', english: 'developers' },
  { words: 'frågor|förfrågningar|anrop', english: 'requests' },
  { words: 'dokument', english: 'documents' },
  { words: 'om dagen|dagligen', english: 'per day' },
  { words: 'i veckan', english: 'per week' },
  { words: 'i månaden|per månad', english: 'per month' },
  { words: 'om året|per år|årligen', english: 'per year' },
  { words: 'i timmen|per timme', english: 'per hour' },
  { words: 'samtidigt|samtidig', english: 'at the same time' },
  { words: 'högst', english: 'at most' },
  { words: 'ungefär|cirka', english: 'about' },
  { words: 'inom', english: 'within' },
  { words: 'bara|endast|enbart', english: 'only' },
  { words: 'budgeten', english: 'budget' },
  { words: 'inga kinesiska modeller', english: 'no models from china' },
  { words: 'kinesiska modeller', english: 'models from china' },
  { words: 'modeller', english: 'models' },
  { words: 'inga|ingen', english: 'no' },
  { words: 'sammanfatta', english: 'summarize' },
  { words: 'sammanfattningar|sammanfattning', english: 'summaries' },
  { words: 'översätta', english: 'translate' },
  { words: 'översättningar|översättning', english: 'translation' },
  { words: 'första token', english: 'first token' },
  { words: 'sekunder', english: 'seconds' },
  { words: 'timmar', english: 'hours' },
  { words: 'dagar', english: 'days' },
  { words: 'kvalitet|kvaliteten', english: 'quality' },
  { words: 'kostnad|kostnader|kostnaden', english: 'cost' },
  { words: 'latens', english: 'latency' },
  { words: 'snabbt|snabb', english: 'fast' },
  { words: 'billigt|billig', english: 'cheap' },
  { words: 'viktigare än', english: 'more important than' },
  { words: 'kommersiell användning', english: 'commercial use' },
  { words: 'var och en|varje', english: 'each' },
];

/** Every phrase of every language here. */
const ALL_PHRASES: ForeignPhrase[] = [
  ...FRENCH,
  ...PORTUGUESE,
  ...SPANISH,
  ...GERMAN,
  ...ITALIAN,
  ...DUTCH,
  ...POLISH,
  ...SWEDISH,
  ...CZECH,
  ...INDONESIAN,
  ...TURKISH,
  ...CROATIAN,
  ...DANISH,
  ...SLOVAK,
  ...CATALAN,
  ...FINNISH,
  ...LATVIAN,
  ...RUSSIAN,
  ...BASQUE,
];

/**
 * Words read as foreign only in their frame, and only in text where other phrases of their
 * languages were read: a period after a slash ("/mês", "/an"; "an" is English), "12 mil" (the
 * thousand of Portuguese and Spanish, after a number; in English text "mil" stays the slang for a
 * million that the number reader takes it for), "uns 40" and "unos 40" (about, before one).
 */
const FRAMED: Array<{
  re: RegExp;
  english: string;
  /** The phrases of which at least one must have been read. */
  after: Set<ForeignPhrase>;
}> = [
  {
    re: /(?<=\/\s?)(?:mês|mois|mes|monat|bulan|bln|ay|měsíc|mesic|kk|mesiac)(?![\p{L}\d])/giu,
    english: 'month',
    after: new Set(ALL_PHRASES),
  },
  {
    re: /(?<=\/\s?)(?:ano|an|año|jahr|tahun|thn|y[ıi]l|rok|vuosi)(?![\p{L}\d])/giu,
    english: 'year',
    after: new Set(ALL_PHRASES),
  },
  {
    re: /(?<=\/\s?)(?:hari|g[üu]n)(?![\p{L}\d])/giu,
    english: 'day',
    after: new Set([...INDONESIAN, ...TURKISH]),
  },
  {
    re: /(?<=\/\s?)(?:detik|saniye|sn)(?![\p{L}\d])/giu,
    english: 'second',
    after: new Set([...INDONESIAN, ...TURKISH]),
  },
  {
    // Indonesian "per mnt", "/menit": a minute
    re: /(?<=(?:\/|\bper)\s?)(?:mnt|menit|dakika)(?![\p{L}\d])/giu,
    english: 'minute',
    after: new Set([...INDONESIAN, ...TURKISH]),
  },
  // "20rb", "1,5 jt", "6 jam", "150 bin", "2 adet": shorthand and counters after a number
  ...(
    [
      [INDONESIAN_AFTER_NUMBER, INDONESIAN],
      [TURKISH_AFTER_NUMBER, TURKISH],
    ] as const
  ).flatMap(([words, language]) =>
    words.map(w => ({
      re: new RegExp(`(?<=\\d)\\s?(?:${w.words})(?![\\p{L}\\d])`, 'giu'),
      english: w.english === '' ? '' : ` ${w.english}`,
      after: new Set<ForeignPhrase>(language),
    })),
  ),
  {
    // Indonesian "ada" (there is: "yg udah ada", the ones we have), not the GPUs' Ada architecture
    re: /(?<![\p{L}])ada(?![\p{L}\d]|\s(?:lovelace|gpus?|generation|architecture)\b)/giu,
    english: 'there is',
    after: new Set(INDONESIAN),
  },
  {
    // Indonesian "hrs" (harus, must), not after a number, where it is the English hours
    re: /(?<![\p{L}\d])(?<!\d\s)hrs(?![\p{L}\d])/giu,
    english: 'must',
    after: new Set(INDONESIAN),
  },
  {
    // Indonesian clock times with a dot: "jam 01.00 dan 05.00", "22.30 WIB"
    re: /(?<=(?:jam|pukul|and|to|between|up to)\s\d{1,2})\.(?=\d{2}(?![\d.,]))|(?<=\b\d{2})\.(?=\d{2}\s?(?:wib|wita|wit)\b)/giu,
    english: ':',
    after: new Set(INDONESIAN),
  },
  {
    // Indonesian "DAU-nya", "budget-nya": the suffix that makes a noun "the", dropped
    re: /(?<=\p{L})-nya(?![\p{L}])/giu,
    english: '',
    after: new Set(INDONESIAN),
  },
  {
    re: /(?<=\d\s?)mil(?![\p{L}\d])/giu,
    english: 'thousand',
    after: new Set([...PORTUGUESE, ...SPANISH]),
  },
  {
    // "al 90° percentile", "90º percentil" (NFKC has made "º" an "o"): the 90th
    re: /(?<=\d)(?:°|º|o)(?=\s?percentile)/giu,
    english: 'th',
    after: new Set(ALL_PHRASES),
  },
  // "A10G en L40S", "Apache und MIT", "L4 och L40S", "Mistral et Mixtral": "and" between two words,
  // each in text of its own language ("en" is French for "in" too)
  ...(
    [
      ['en', DUTCH],
      ['und', GERMAN],
      ['och', SWEDISH],
      ['et', FRENCH],
      ['dan', INDONESIAN],
      ['ve', TURKISH],
    ] as const
  ).map(([word, language]) => ({
    re: new RegExp(`(?<=[\\p{L}\\d.] )${word}(?= [\\p{L}\\d])`, 'giu'),
    english: 'and',
    after: new Set<ForeignPhrase>(language),
  })),
  {
    // Czech "jen L40S": only, not after a number (where "jen" is the yen)
    re: /(?<![\p{L}\d])(?<!\d\s)jen(?![\p{L}\d])/giu,
    english: 'only',
    after: new Set(CZECH),
  },
  {
    // Czech "do 48 hodin", "do jedné sekundy": within, before a number ("do" is English too)
    re: /(?<![\p{L}])do(?=\s(?:\d|jedn|dv|tř|one\b|two\b))/giu,
    english: 'within',
    after: new Set(CZECH),
  },
  {
    // Czech "pod 2 s": under, before a number ("pod" is English too)
    re: /(?<![\p{L}])pod(?=\s\d)/giu,
    english: 'under',
    after: new Set(CZECH),
  },
  {
    // Croatian "do 32k", "do 3 sekunde": up to, before a number ("do" is English too)
    re: /(?<![\p{L}])do(?=\s\d)/giu,
    english: 'up to',
    after: new Set(CROATIAN),
  },
  {
    // Danish "et kort resumé": a summary, in Danish text (in English a "resumé" is a CV)
    re: /(?<![\p{L}])resumé(?![\p{L}])/giu,
    english: 'summary',
    after: new Set(DANISH),
  },
  {
    // Danish "kun L40S", "kun Apache": only, before a word ("Kun" is a name too)
    re: /(?<![\p{L}])kun(?=\s[\p{L}\d])/giu,
    english: 'only',
    after: new Set(DANISH),
  },
  {
    // Danish "inden for 10 timer": hours, after a number ("timer" is English too)
    re: /(?<=\d\s?)timer(?![\p{L}\d])/giu,
    english: 'hours',
    after: new Set(DANISH),
  },
  {
    // Dutch "tot 3 per minuut": up to, before a number ("tot" is English too)
    re: /(?<![\p{L}])tot(?=\s\d)/giu,
    english: 'up to',
    after: new Set(DUTCH),
  },
  {
    // German "maximal 10 Personen": at most, before a number and in German text ("maximal" is
    // English too)
    re: /(?<![\p{L}])maximal(?=\s\d)/giu,
    english: 'at most',
    after: new Set(GERMAN),
  },
  {
    // German "Sek." after a number ("unter 1 Sek"), in German text only: elsewhere SEK is the krona
    re: /(?<=\d\s?)sek\.?(?![\p{L}])/giu,
    english: 'sec',
    after: new Set(GERMAN),
  },
  {
    // French "dont": "2 500 agents, dont 20 % ..." (of whom), never the English "dont" of a typist
    re: /(?<![\p{L}'])dont(?![\p{L}'])/giu,
    english: 'of whom',
    after: new Set(FRENCH),
  },
  {
    // French civil servants and staff: "nos agents", "2 500 agents" (not "des agents IA")
    re: /(?<=(?:\d|nos|les|des|aux|ses|leurs|vos)\s)agents(?!\s(?:ia|ai|autonomes|intelligents|conversationnels|logiciels)\b)(?![\p{L}])/giu,
    english: 'staff',
    after: new Set(FRENCH),
  },
  {
    // Portuguese "sem Llama": without
    re: /(?<![\p{L}])sem(?=\s\p{L})/giu,
    english: 'no',
    after: new Set(PORTUGUESE),
  },
  {
    // "L40S ou H100 PCIe", "7B albo 14B", "Apache oder MIT": "or" between two words, in text of
    // these languages only ("ou" and "lub" are no English words, but an acronym may be)
    re: /(?<=[\p{L}\d.] )(?:ou|oder|oppure|albo|lub|eller)(?= [\p{L}\d])/giu,
    english: 'or',
    after: new Set(ALL_PHRASES),
  },
  {
    // Latvian "ap" (about) before a number, in Latvian text only
    re: /(?<![\p{L}\d])ap(?=\s~?\d)/giu,
    english: 'about',
    after: new Set(LATVIAN),
  },
  {
    // Finnish short words, in Finnish text only: "ei" (no), "tai" (or, not "tai chi"), "ja"
    // (and), "alle" (under), "n." (about) before a number
    re: /(?<![\p{L}\d])ei(?=\s\p{L})/giu,
    english: 'no',
    after: new Set(FINNISH),
  },
  {
    re: /(?<=[\p{L}\d.] )(?:tai|ja)(?= [\p{L}\d])/giu,
    english: 'or',
    after: new Set(FINNISH),
  },
  {
    re: /(?<![\p{L}\d])alle(?=\s~?\d)/giu,
    english: 'under',
    after: new Set(FINNISH),
  },
  {
    re: /(?<![\p{L}\d])n\.(?=\s?~?\d)/giu,
    english: 'about',
    after: new Set(FINNISH),
  },
  {
    // "60 tys." and "1,2 mln": thousand and million after a number
    re: /(?<=\d\s?)tys\.?(?![\p{L}\d])/giu,
    english: 'thousand',
    after: new Set(POLISH),
  },
  {
    re: /(?<=\d\s?)mln\.?(?![\p{L}\d])/giu,
    english: 'million',
    after: new Set(POLISH),
  },
  {
    re: /(?<=\d\s?)mila(?![\p{L}\d])/giu,
    english: 'thousand',
    after: new Set(ITALIAN),
  },
  {
    re: /(?<![\p{L}\d])(?:uns|umas|unos|unas|unes)(?=\s\d)/giu,
    english: 'about',
    after: new Set([...PORTUGUESE, ...SPANISH, ...CATALAN]),
  },
];

/** All phrases as one pattern, each its own group, so one pass reads a text. */
const PHRASES = ALL_PHRASES;
const TURKISH_SET = new Set(TURKISH);
const INDONESIAN_SET = new Set(INDONESIAN);
/** Phrases of the languages that group thousands with a dot ("2.400" is two thousand four hundred). */
const DOT_GROUPING = new Set<ForeignPhrase>([
  ...PORTUGUESE,
  ...SPANISH,
  ...GERMAN,
  ...ITALIAN,
  ...DUTCH,
  ...INDONESIAN,
  ...TURKISH,
  ...CROATIAN,
  ...DANISH,
  ...CATALAN,
]);
/**
 * A number with one dot and three digits after it, and no other digit, dot or comma next to it:
 * "2.400", "1.500" ("3.14", "1.2345", "1.500,50" are not).
 */
const DOT_THOUSANDS = /(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g;
/**
 * A number with a comma and one or two digits after it, then a unit of time, a percent, a scale
 * or money: "1,5 s", "2,5 %", "0,8 Sek", "1,2k". Not "1,500" (thousands), nor "1,2 or 3" (a list).
 */
const DECIMAL_COMMA =
  /(?<![\d.,])(\d+),(\d{1,2})(?=\s?(?:%|€|\$|(?:s|secs?|seconds?|secondes?|segundos?|sekunden?|sekunder|sekunde|sekundi|sek|secondi|seconden|ms|h|hrs?|hours?|heures?|horas?|stunden?|ore|uren|min|minutes?|minutos?|minuten?|minuti|k|m|mio|mrd|million|thousand|billion|jt|rb|bin|eur|euros?|usd|dollars?|tokens?)\b))/gi;
/**
 * The phrases as patterns of at most CHUNK phrases each, every phrase its own group. One pattern
 * of every phrase is past the size V8 compiles to machine code, and interpreted it took 6 ms a
 * request; in chunks each is compiled, and readPhrases takes the same matches one pattern would.
 */
const CHUNK = 150;
const PHRASE_CHUNKS = Array.from(
  { length: Math.ceil(PHRASES.length / CHUNK) },
  (_, i) => {
    const phrases = PHRASES.slice(i * CHUNK, (i + 1) * CHUNK);
    return {
      first: i * CHUNK,
      size: phrases.length,
      re: new RegExp(
        `(?<![\\p{L}\\d'])(?:${phrases
          .map(p => `(${p.words})`)
          .join('|')})(?![\\p{L}\\d])`,
        'giu',
      ),
    };
  },
);

interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** The phrase's index in PHRASES. */
  phrase: number;
}

/** The next match of a chunk at or after `from`, or undefined. */
function nextInChunk(
  chunk: (typeof PHRASE_CHUNKS)[number],
  text: string,
  from: number,
): PhraseMatch | undefined {
  chunk.re.lastIndex = from;
  const m = chunk.re.exec(text);
  if (!m) return undefined;
  const group = m.slice(1, chunk.size + 1).findIndex(g => g !== undefined);
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    phrase: chunk.first + group,
  };
}

/**
 * The phrases of `text`, left to right, as one pattern of every phrase in order would find them:
 * at each place the first phrase (in table order) that matches there, then on past it.
 */
function readPhrases(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const next = PHRASE_CHUNKS.map(c => nextInChunk(c, text, 0));
  let at = 0;
  for (;;) {
    let best: PhraseMatch | undefined;
    for (let i = 0; i < PHRASE_CHUNKS.length; i++) {
      let candidate = next[i];
      if (candidate && candidate.start < at) {
        candidate = nextInChunk(PHRASE_CHUNKS[i], text, at);
        next[i] = candidate;
      }
      if (
        candidate &&
        (!best ||
          candidate.start < best.start ||
          (candidate.start === best.start && candidate.phrase < best.phrase))
      )
        best = candidate;
    }
    if (!best) return found;
    found.push(best);
    at = Math.max(best.end, best.start + 1);
  }
}

export interface ForeignReading {
  /** The text with the phrases in English. */
  text: string;
  /** What was read, as written and in English, in the order of the text. */
  readings: Array<{ from: string; to: string }>;
}

/** Reads the foreign phrases of `text` in English (see the module comment). */
export function readOtherLanguageWords(text: string): ForeignReading {
  const readings: Array<{ from: string; to: string }> = [];
  const read: ForeignPhrase[] = [];
  let out = '';
  let last = 0;
  for (const m of readPhrases(text)) {
    const { english } = PHRASES[m.phrase];
    read.push(PHRASES[m.phrase]);
    readings.push({ from: m.text, to: english });
    out += text.slice(last, m.start) + english;
    last = m.end;
  }
  out += text.slice(last);
  // every language here writes a decimal with a comma: in text with two of their phrases or more,
  // "1,5 s" and "2,5 %" are 1.5 s and 2.5 % (a comma before three digits still groups thousands)
  if (read.length >= 2)
    out = out.replace(
      DECIMAL_COMMA,
      (match: string, whole: string, fraction: string) => {
        const to = `${whole}.${fraction}`;
        readings.push({ from: match, to });
        return to;
      },
    );
  const dotGrouping = read.filter(p => DOT_GROUPING.has(p)).length;
  // in a text written in a language that groups thousands with a dot (two of its phrases or more,
  // so one borrowed word does not decide it), "3.600 contratos" is 3,600
  if (dotGrouping >= 2)
    out = out.replace(
      DOT_THOUSANDS,
      (match: string, high: string, low: string) => {
        const to = `${high},${low}`;
        readings.push({ from: match, to });
        return to;
      },
    );
  for (const { re, english, after } of FRAMED) {
    if (!read.some(p => after.has(p))) continue;
    out = out.replace(re, (match: string) => {
      readings.push({ from: match, to: english });
      return english;
    });
  }
  if (read.some(p => INDONESIAN_SET.has(p))) out = pluralizeCountedNouns(out);
  if (read.some(p => TURKISH_SET.has(p))) {
    const turned = readTurkishPostpositions(out);
    if (turned !== out)
      readings.push({
        from: 'Turkish postpositions',
        to: 'before their words',
      });
    out = turned;
  }
  const loanwords = readInflectedLoanwords(out);
  readings.push(...loanwords.readings);
  return { text: loanwords.text, readings };
}

/** The assumption that says what was read in English, or undefined when nothing was. */
export function foreignReadingNote(
  readings: ForeignReading['readings'],
): string | undefined {
  if (readings.length === 0) return undefined;
  const shown = readings
    .slice(0, 8)
    .map(r => `"${r.from}" as "${r.to}"`)
    .join(', ');
  const more = readings.length > 8 ? ` and ${readings.length - 8} more` : '';
  return `read in English: ${shown}${more}`;
}
