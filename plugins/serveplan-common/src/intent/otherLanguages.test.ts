import { foreignReadingNote, readOtherLanguageWords } from './otherLanguages';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const read = (text: string) => extractIntent(text, { knowledgeBase });
// the rules read lower-case text
const english = (text: string) =>
  readOtherLanguageWords(text.toLowerCase()).text;

describe('readOtherLanguageWords', () => {
  it('reads the words of sizing a deployment in English', () => {
    expect(english('20 000 utilisateurs, 5 % actifs par jour')).toBe(
      '20 000 users, 5 % active per day',
    );
    expect(english('uns 12 mil alunos, no máximo 300 ao mesmo tempo')).toBe(
      'about 12 thousand students, at most 300 at the same time',
    );
    expect(english('presupuesto de 900 dólares al mes')).toBe(
      'budget de 900 dollars per month',
    );
    expect(english('keine Modelle aus China, 2 Sekunden')).toBe(
      'no models from china, 2 seconds',
    );
    expect(english('orçamento US$ 700/mês')).toBe('budget us$ 700/month');
  });

  it('reads the trades of the people counted and what is forbidden', () => {
    expect(english('2 000 traducteurs, modèles chinois interdits')).toBe(
      '2 000 translators, models from china forbidden',
    );
    expect(
      english('40 Entwickler, keine Llama-Modelle, Qwen ist verboten'),
    ).toBe('40 developers, no llama-modelle, qwen is forbidden');
    expect(english('300 agentes al mismo tiempo')).toBe(
      '300 support agents at the same time',
    );
  });

  it('reads a decimal comma before a unit in text of these languages', () => {
    expect(
      english('premier token en moins de 1,5 s, pour 2,5 % des utilisateurs'),
    ).toBe('first token en under 1.5 s, pour 2.5 % des users');
    // English text, and commas that group thousands or list numbers, stay as written
    for (const text of [
      'first token in 1,5 s for 300 users',
      '1,500 utilisateurs par jour',
      'choisir 1,2 ou 3 modèles par jour',
    ])
      expect(english(text)).not.toMatch(/1\.[52]/);
  });

  it('reads Italian, with its dot grouping thousands and "mila" after a number', () => {
    expect(english('1.500 utenti al giorno, 12 mila richieste al mese')).toBe(
      '1,500 users per day, 12 thousand requests per month',
    );
    expect(english('nessun modello cinese, costi al massimo 900 euro')).toBe(
      'no models cinese, cost at most 900 euro',
    );
  });

  it('reads a dot before three digits as grouping thousands in text of such a language', () => {
    expect(english('resumir 3.200 contratos por dia')).toBe(
      'summarize 3,200 contratos per day',
    );
    // one borrowed word does not make the text Portuguese; decimals stay decimals
    expect(english('a chatbot for 1.500 users por dia')).toBe(
      'a chatbot for 1.500 users per day',
    );
    expect(english('resumir 2.5 documentos por dia, 1.2345 e 1.500,50')).toBe(
      'summarize 2.5 documents per day, 1.2345 e 1.500,50',
    );
  });

  it('leaves English alone, also where a foreign word is spelt the same', () => {
    for (const text of [
      'a chatbot for 40 daily actives, maximum context 32k',
      'par for the course: 300 users, an hour a day',
      'a mil-spec tool for 50 engineers',
      // in English text "mil" stays the slang for a million
      'a chatbot for 2 mil users',
      'budget 400/an hour? no: 400/month',
      'the pic shows 20 people at once',
      'solo founder, 10 users, use it per day',
      'the medici archive: a mila codename for 12 operators, 40 costs',
      'a maestro of 12 operators, 40 costs',
      'a 1.500 s timeout, 20 users per week and 40 circa 2019, per year',
      'the runt of the litter, 3 users',
      'a maximal throughput for 30 users, genera of models, rapports with 4 customers',
      // Indonesian and Turkish words English also has, in English text
      'dan and ada want 5 hrs, a bin of 3 jam jars, 20 unit tests, 6 org charts',
      'ada gpus only, tot up 4 rb items, 300an, total 40 users per day',
      // Czech words English also has, in English text
      'we do 40 requests, a pod of 3 replicas, 5000 jen, do one thing',
      // Croatian and Danish words English also has, in English text
      'do 40 things, set a timer for 3 users, a resume screening bot, dana and kun from ops, hosted in ca, a resumé parser',
      // Finnish words English also has, in English text
      'a tai chi app for 40 users, ja or nein, ei 3 items, alle 4 of them, n. 3',
      // Latvian "ap" before a number, in English text
      'the ap 40 team, logs of 3 users',
    ])
      expect(english(text)).toBe(text.toLowerCase());
  });

  it('lists what was read, and nothing for English', () => {
    const { readings } = readOtherLanguageWords('1 500 personnes par jour');
    expect(foreignReadingNote(readings)).toBe(
      'read in English: "personnes" as "people", "par jour" as "per day"',
    );
    expect(
      foreignReadingNote(readOtherLanguageWords('500 people a day').readings),
    ).toBeUndefined();
  });
});

describe('requests in other languages', () => {
  it('reads a French request', () => {
    const intent = read(
      'Assistant de support : 20 000 utilisateurs au total, 8 % actifs chaque jour, budget 30 000 $ par trimestre. Pas de modèles chinois.',
    );
    expect(intent.users).toBe(20000);
    expect(intent.active_share).toBe(0.08);
    expect(intent.budget_usd_per_month).toBe(10000);
    expect(intent.excluded_models.length).toBeGreaterThan(0);
    expect(intent.assumptions.join(' ')).toMatch(/read in English/);
  });

  it('reads a Portuguese request', () => {
    const intent = read(
      'Chatbot para a biblioteca: no máximo 80 pessoas usando ao mesmo tempo, orçamento de US$ 900 por mês.',
    );
    expect(intent.users).toBe(80);
    expect(intent.users_kind).toBe('concurrent');
    expect(intent.budget_usd_per_month).toBe(900);
  });

  it('reads an Italian request', () => {
    const intent = read(
      'Chatbot per il servizio clienti: circa 1.500 utenti al giorno, al massimo 200 contemporaneamente, budget 4.000 euro al mese, niente modelli cinesi.',
    );
    expect(intent.users).toBe(1500);
    expect(intent.users_kind).toBe('daily_active');
    expect(intent.excluded_models.length).toBeGreaterThan(0);
    expect(intent.assumptions.join(' ')).toMatch(/read in English/);
  });

  it('reads people counted by their trade in French and exclusions in German', () => {
    expect(read('Traduction EN<->FR, 2 000 traducteurs, 40 req/s').users).toBe(
      2000,
    );
    expect(
      read('Chatbot für 40 Entwickler. Chinesische Modelle sind verboten.')
        .excluded_models.length,
    ).toBeGreaterThan(0);
  });

  it('reads money, targets, percentiles and licences said in other languages', () => {
    const es = read(
      'Chatbot para clientes: 1,200 usuarios concurrentes en pico, primer token abajo de 800 ms al p90, unos 9 mil dólares al mes, uso comercial obligatorio.',
    );
    expect(es.users_kind).toBe('concurrent');
    expect(es.budget_usd_per_month).toBe(9000);
    expect(es.commercial_use_required).toBe(true);
    expect(es.latency_targets).toEqual([
      { metric: 'ttft', ms: 800, percentile: 90 },
    ]);
    const it = read(
      "Sistema RAG per 150 utenti: risposte entro 3 secondi al 95° percentile, budget 18.000 dollari all'anno, solo uso commerciale.",
    );
    expect(it.slo_percentile).toBe(95);
    expect(it.budget_usd_per_month).toBe(1500);
    expect(it.commercial_use_required).toBe(true);
    const de = read(
      'Assistent für 200 Nutzer, ein Drittel davon täglich. Genauigkeit ist wichtiger als Geschwindigkeit, erstes Token unter 2 Sek. Jahresbudget 24.000 USD.',
    );
    expect(de.active_share).toBeCloseTo(1 / 3, 3);
    expect(de.quality_priority).toBe('high');
    expect(de.latency_targets[0]).toMatchObject({ metric: 'ttft', ms: 2000 });
    expect(de.budget_usd_per_month).toBe(2000);
  });

  it('reads round numbers said in words, "each" and Dutch', () => {
    const fr = read(
      'Assistant RAG pour une centaine de techniciens, chacun pose une dizaine de questions par jour.',
    );
    expect(fr.users).toBe(100);
    expect(fr.requests_per_user_per_day).toBe(10);
    const nl = read(
      'Chatbot voor 1.200 medewerkers, maximaal 150 gebruikers tegelijk, geen Chinese modellen, budget 3.000 dollar per maand.',
    );
    expect(nl.users).toBe(150);
    expect(nl.users_kind).toBe('concurrent');
    expect(nl.excluded_models.length).toBeGreaterThan(0);
    expect(nl.budget_usd_per_month).toBe(3000);
  });

  it('reads verbs of writing, so the task decides the use case', () => {
    expect(
      read(
        'Wir brauchen ein Tool, das die Qualitäts-Berichte vorformuliert. Ca. 40 Nutzer, jeder 5 Berichte pro Tag.',
      ).use_case,
    ).toBe('content_generation');
    expect(
      read(
        'Dobbiamo generare avvisi per i clienti: circa 800 testi al giorno, li scrivono 10 redattori.',
      ).use_case,
    ).toBe('content_generation');
  });

  it('reads "or" between two names in text of these languages', () => {
    expect(
      english(
        'uniquement sur GPU L40S ou H100 PCIe, licences Apache 2.0 ou MIT',
      ),
    ).toBe('only sur gpu l40s or h100 pcie, licences apache 2.0 or mit');
    // an English text keeps an "ou" as written
    expect(english('the OU admins and 40 users')).toBe(
      'the ou admins and 40 users',
    );
  });

  it('reads French staff, "dont" and "l\'utiliseront", and Portuguese "sem", in their text only', () => {
    const fr = read(
      "Assistant RAG pour nos agents. Environ 2 500 agents au total, dont à peu près 20 % l'utiliseront chaque jour.",
    );
    expect(fr.users).toBe(2500);
    expect(fr.active_share).toBe(0.2);
    expect(
      read('chatbot de atendimento para 3 mil usuários por dia, sem Llama.')
        .excluded_models.length,
    ).toBeGreaterThan(0);
    // English: a typist's "dont" and AI agents stay as written
    expect(english('we dont want 40 agents to run wild')).toBe(
      'we dont want 40 agents to run wild',
    );
  });

  it('reads the Swiss and gender-neutral German forms of people', () => {
    expect(
      english('120 Mitarbeitende und 30 Forschende, 400 Nutzende pro Tag'),
    ).toBe('120 employees and 30 researchers, 400 users per day');
  });

  it('reads Swedish', () => {
    const sv = read(
      'Chattbot för kommunen: högst 80 användare samtidigt, inga kinesiska modeller, första token inom 2 sekunder.',
    );
    expect(sv.users).toBe(80);
    expect(sv.users_kind).toBe('concurrent');
    expect(sv.excluded_models.length).toBeGreaterThan(0);
    expect(sv.latency_targets[0]).toMatchObject({ metric: 'ttft', ms: 2000 });
  });

  it('reads "and" between two words in text of its language', () => {
    expect(
      read(
        'Chatbot voor 300 medewerkers; onze hostingpartner heeft alleen A10G en L40S beschikbaar.',
      ).allowed_gpus,
    ).toEqual(['A10G', 'L40S']);
    // French "en" stays French outside Dutch text
    expect(english('40 requêtes par jour en pointe')).toBe(
      '40 requests per day at peak',
    );
  });

  it('reads Polish', () => {
    const pl = read(
      'Code completion: 250 programistów, ok. 1,2 mln zapytań dziennie, p99 TTFT 120 ms, budżet 60 tys. USD rocznie, bez chińskich modeli.',
    );
    expect(pl.users).toBe(250);
    expect(pl.budget_usd_per_month).toBe(5000);
    expect(pl.excluded_models.length).toBeGreaterThan(0);
    expect(
      read('Chatbot, około 40 osób jednocześnie, tylko L40S.').users_kind,
    ).toBe('concurrent');
  });

  it('reads Indonesian, with its shorthand and counts after a number', () => {
    expect(
      english('layanan utk 12rb pengguna aktif harian, maks 2 detik'),
    ).toBe('layanan for 12 thousand daily active users, at most 2 second');
    const id = read(
      'Kami butuh chatbot buat tim support, sekitar 8 ribu pengguna aktif harian, rata-rata 5 pertanyaan per hari. TTFT p95 di bawah 800 ms. Anggaran maksimal US$4.000 per bulan. Latensi penting banget, jangan pakai Gemma.',
    );
    expect(id.users).toBe(8000);
    expect(id.users_kind).toBe('daily_active');
    expect(id.budget_usd_per_month).toBe(4000);
    expect(id.latency_priority).toBe('high');
    expect(id.excluded_models.every(m => m.includes('gemma'))).toBe(true);
    expect(id.excluded_models.length).toBeGreaterThan(0);
    // "1,5 juta" is a million and a half; "/bln" a month; "300an" some three hundred
    const volume = read(
      'Ringkasan dokumen, 1,5 juta permintaan sebulan, budget $9rb/bln.',
    );
    expect(volume.requests_per_s).toBeCloseTo(1.5e6 / (730 * 3600), 6);
    expect(volume.budget_usd_per_month).toBe(9000);
    expect(read('code completion buat 300an developer').users).toBe(300);
    // "masing-masing bertanya ... 2 kali per hari": each asks twice a day; "pake" and "jangn pake"
    const each = read(
      'Asisten RAG, 9.000 seller aktif harian, masing-masing bertanya rata-rata 3 kali per hari. jangn pake llama, paling panjang 8k token, biasanya 1.500 token.',
    );
    expect(each.requests_per_user_per_day).toBe(3);
    expect(each.excluded_models.length).toBeGreaterThan(0);
    expect(each.input_tokens).toBe(1500);
    expect(each.max_input_tokens).toBe(8192);
    // a noun after a count takes its plural; a clock time with a dot; "s/d" is "to"
    const sellers = read(
      'CS bot buat seller center. ~4rb seller aktif harian, TTFT p90 < 900ms.',
    );
    expect(sellers.users).toBe(4000);
    expect(sellers.users_kind).toBe('daily_active');
    const nightly = read(
      'Tiap malam re-generate ringkasan untuk 900 ribu produk, harus selesai antara jam 01.00 dan 05.00 WIB.',
    );
    expect(nightly.batch_window_hours).toBe(4);
    expect(() =>
      read(
        'Job batch: 2 juta listing harus beres dalam satu weekend (Sabtu 00:00 s/d Senin 06:00).',
      ),
    ).not.toThrow();
    // "yg udah ada" is the ones there are, not the Ada GPUs
    expect(
      read('chatbot 50 user, pakai A10G yg udah ada aja').allowed_gpus,
    ).toEqual(['A10G']);
  });

  it('reads Turkish, with its suffixes and the postpositions after what they govern', () => {
    expect(english('günde 40 bin istek')).toBe('per day 40 thousand istek');
    const tr = read(
      'Destek ekibi için chatbot: yaklaşık 120 temsilcimiz aynı anda kullanacak. İlk token 500 ms altında olmalı, p95. Bütçe aylık 7 bin dolar. Sadece L40S.',
    );
    expect(tr.users).toBe(120);
    expect(tr.users_kind).toBe('concurrent');
    expect(tr.latency_targets).toEqual([
      { metric: 'ttft', ms: 500, percentile: 95 },
    ]);
    expect(tr.budget_usd_per_month).toBe(7000);
    expect(tr.allowed_gpus).toEqual(['L40S']);
    // typed without Turkish letters, and "değil" after what it denies
    const typed = read(
      'kod tamamlama, 60 gelistirici, kalite en onemli, gece batch değil',
    );
    expect(typed.use_case).toBe('code_completion');
    expect(typed.users).toBe(60);
    expect(typed.quality_priority).toBe('high');
    // "X değil Y": Y, not X
    expect(english('kayıt sayısı 20 bin değil 35 bin')).toBe(
      'the record count is 35 thousand, not 20 thousand',
    );
  });

  it('reads Czech, with "jen", "do" and "pod" in Czech text only', () => {
    const cz = read(
      'Chatbot pro e-shop: ve špičce 120 lidí najednou. První token do jedné sekundy. Jen L4, máme jich 6. Rozpočet maximálně 2 500 USD měsíčně, kvalita je na prvním místě.',
    );
    expect(cz.users).toBe(120);
    expect(cz.users_kind).toBe('concurrent');
    expect(cz.latency_targets).toEqual([
      { metric: 'ttft', ms: 1000, percentile: null },
    ]);
    expect(cz.allowed_gpus).toEqual(['L4']);
    expect(cz.max_gpus).toBe(6);
    expect(cz.budget_usd_per_month).toBe(2500);
    expect(cz.quality_priority).toBe('high');
    const cheap = read(
      'Popisky produktů: nejdůležitější jsou pro nás náklady, na kvalitě tolik nezáleží.',
    );
    expect(cheap.cost_priority).toBe('high');
    expect(cheap.quality_priority).toBe('low');
  });

  it('reads the Dutch nouns of work and "tot" before a number', () => {
    const nl = read(
      'We willen klachten laten samenvatten: ongeveer 400 klachten per dag, piek tot 2 per minuut. Moet goedkoop, kwaliteit mag iets minder.',
    );
    expect(nl.use_case).toBe('summarization');
    expect(nl.cost_priority).toBe('high');
    expect(nl.quality_priority).toBe('low');
    expect(nl.requests_per_s).toBeCloseTo(2 / 60, 6);
    expect(english('a tot 3 years old')).toBe('a tot 3 years old');
  });

  it('does not reject a request in French as off topic', () => {
    expect(() =>
      read('Bonjour, on veut déployer un modèle pour résumer nos contrats.'),
    ).not.toThrow();
  });

  it('reads Croatian, with "do" before a number in Croatian text only', () => {
    const hr = read(
      'Asistent za sažetak ugovora za naše pravnike: oko 80 korisnika ukupno, svaki korisnik ga koristi 10 puta dnevno. Kontekst do 16k tokena. Samo L40S, A100 ne dolazi u obzir. Budžet 2.500 USD mjesečno.',
    );
    expect(hr.use_case).toBe('summarization');
    expect(hr.users).toBe(80);
    expect(hr.requests_per_user_per_day).toBe(10);
    expect(hr.max_input_tokens).toBe(16384);
    expect(hr.allowed_gpus).toEqual(['L40S']);
    expect(hr.budget_usd_per_month).toBe(2500);
  });

  it('reads Finnish, with "tai" and "alle" in Finnish text only', () => {
    const fi = read(
      'Tarvitaan käännös tukipyynnöille: noin 900 käyttäjää kuukaudessa, ruuhkahuipussa 2 pyyntöä sekunnissa. Viestit noin 250 tokenia sisään. Budjetti enintään 1 500 dollaria kuukaudessa. L4 tai L40S.',
    );
    expect(fi.use_case).toBe('translation');
    expect(fi.users).toBe(900);
    expect(fi.requests_per_s).toBe(2);
    expect(fi.budget_usd_per_month).toBe(1500);
    expect(fi.allowed_gpus).toEqual(['L4', 'L40S']);
  });

  it('reads Latvian, Russian and Basque', () => {
    const lv = read(
      'Vajag tulkošanas servisu: ap 30 000 e-pastu mēnesī, e-pasts vidēji 400 tokenu. Budžets ap $600 mēnesī, tikai L4.',
    );
    expect(lv.use_case).toBe('translation');
    expect(lv.input_tokens).toBe(400);
    expect(lv.budget_usd_per_month).toBe(600);
    expect(lv.allowed_gpus).toEqual(['L4']);
    const ru = read(
      'Нужен перевод карточек товаров: около 40 тысяч запросов в сутки, вход ~300 токенов. Бюджет до $5k в месяц, только L40S.',
    );
    expect(ru.use_case).toBe('translation');
    expect(ru.requests_per_s).toBeCloseTo(40000 / 86400, 6);
    expect(ru.input_tokens).toBe(300);
    expect(ru.budget_usd_per_month).toBe(5000);
    expect(ru.allowed_gpus).toEqual(['L40S']);
    const eu = read(
      'Euskara-gaztelania itzulpena, barne tresna. 300 langile, horietatik herena egunero. L40S bakarrik. Aurrekontua: 2.500 $ hilean.',
    );
    expect(eu.use_case).toBe('translation');
    expect(eu.users).toBe(300);
    expect(eu.active_share).toBeCloseTo(1 / 3);
    expect(eu.allowed_gpus).toEqual(['L40S']);
  });

  it('reads Slovak', () => {
    const sk = read(
      'Potrebujeme preklad popisov produktov, používa to asi 25 používateľov, každý z nich 30 požiadaviek denne. Kvalita je najdôležitejšia. Rozpočet 2 000 USD mesačne, žiadne Llama modely.',
    );
    expect(sk.use_case).toBe('translation');
    expect(sk.users).toBe(25);
    expect(sk.requests_per_user_per_day).toBe(30);
    expect(sk.quality_priority).toBe('high');
    expect(sk.budget_usd_per_month).toBe(2000);
    expect(sk.excluded_models.length).toBeGreaterThan(0);
  });

  it('reads Catalan', () => {
    const ca = read(
      "Volem un RAG sobre l'arxiu per a uns 200 periodistes, cadascú farà unes 15 consultes al dia. Pressupost de 3.000 $ al mes. Només H100, res de Llama.",
    );
    expect(ca.use_case).toBe('rag');
    expect(ca.users).toBe(200);
    expect(ca.requests_per_user_per_day).toBe(15);
    expect(ca.budget_usd_per_month).toBe(3000);
    expect(ca.allowed_gpus).toEqual(['H100-SXM']);
    expect(ca.excluded_models.length).toBeGreaterThan(0);
  });

  it('reads Danish, with "timer" after a number in Danish text only', () => {
    const da = read(
      'Vi skal have oversat ca. 300 breve om dagen, hver ca. 900 tokens. Svartiden er vigtig: første token inden for 1,5 sekunder. Kun L4, ingen A100. Vi har et budget på 3.000 USD om måneden.',
    );
    expect(da.use_case).toBe('translation');
    expect(da.input_tokens).toBe(900);
    expect(da.latency_targets).toEqual([
      { metric: 'ttft', ms: 1500, percentile: null },
    ]);
    expect(da.allowed_gpus).toEqual(['L4']);
    expect(da.budget_usd_per_month).toBe(3000);
    const batch = read(
      'Vi skal køre en batch: 80.000 breve skal have et kort resumé, færdigt inden for 8 timer.',
    );
    expect(batch.batch_requests).toBe(80000);
    expect(batch.batch_window_hours).toBe(8);
  });
});
