import { hasBatchCue, readUseCase } from './useCase';
import { intentFromConversation } from './conversation';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const useCaseOf = (text: string) => readUseCase(text.toLowerCase())?.useCase;

describe('use case from compounds, tasks and frames', () => {
  it('reads a use-case name written as a hyphenated compound', () => {
    expect(useCaseOf('a copy-writing and content-creation helper')).toBe(
      'content_generation',
    );
    expect(useCaseOf('code-completion plugin for 300 devs')).toBe(
      'code_completion',
    );
    expect(useCaseOf('long-document analysis of tenders')).toBe(
      'long_document_analysis',
    );
  });

  it('reads "code complet" cut short as code completion, but not "code complete"', () => {
    expect(useCaseOf('code complet in the editor, 40 devs')).toBe(
      'code_completion',
    );
    expect(useCaseOf('we are code complete for the release')).toBeUndefined();
  });

  it('corrects a slip of a use-case word before reading it', () => {
    expect(
      extractIntent('transaltion of support tickets, 5 req/s').use_case,
    ).toBe('translation');
  });

  it('lets passages looked up in a collection outweigh a generic assistant', () => {
    expect(
      useCaseOf(
        'an assistant so clerks can settle billing questions by searching through the rulebook library',
      ),
    ).toBe('rag');
    // looking something up with no collection named is no retrieval task
    expect(useCaseOf('an assistant that looks up the weather')).toBe('chatbot');
  });

  it('reads a support channel as a frame: answers from documents make it RAG', () => {
    expect(
      useCaseOf('helpdesk bot that replies using the FAQ and product manuals'),
    ).toBe('rag');
    // the channel alone is still a chatbot
    expect(useCaseOf('customer support chat for our shop, 2k users')).toBe(
      'chatbot',
    );
    // a help centre's articles are a source, not the channel
    expect(
      useCaseOf('answers built from our help-centre articles for shoppers'),
    ).toBe('rag');
  });

  it('reads software working through tools as an agent, and "at any one time" as no deadline', () => {
    expect(
      useCaseOf(
        'an agent that checks stock levels via internal tools; 30 planners at any one time',
      ),
    ).toBe('agent');
    // a real one-off job stays batch
    expect(useCaseOf('a one-off backfill of 2M records')).toBe(
      'batch_processing',
    );
  });

  it('reads questions over whole documents of tens of thousands of tokens as long-document analysis', () => {
    expect(
      useCaseOf(
        'underwriters ask about full loan files, which can reach 60,000 tokens',
      ),
    ).toBe('long_document_analysis');
    // short documents asked about stay RAG
    expect(
      useCaseOf('staff ask questions about our policy documents, 3k tokens'),
    ).toBe('rag');
  });
});

describe('a bounded job said with "finishing" and a classifier', () => {
  it('reads "finishing within" a window as offline work', () => {
    expect(
      useCaseOf(
        'we push 800k product reviews through a sentiment prompt, finishing within a 20-hour window',
      ),
    ).toBe('batch_processing');
  });

  it('keeps a response time with "finish" interactive', () => {
    expect(
      useCaseOf('a support chatbot whose answers must finish in 3 seconds'),
    ).toBe('chatbot');
  });

  it('counts a classifier as a batch cue, lightly', () => {
    expect(useCaseOf('a classifier over 2 million news items, overnight')).toBe(
      'batch_processing',
    );
  });
});

describe('a writing task said as its product', () => {
  it.each([
    'realtor follow-up email drafts, 40k a day',
    'drafted letters to policyholders, 5k a day',
  ])('%s', text => {
    expect(useCaseOf(text)).toBe('content_generation');
  });

  it('does not read "drafts" alone as content', () => {
    expect(useCaseOf('chatbot that keeps drafts of nothing')).toBe('chatbot');
  });
});

describe('characters who talk with the people using them', () => {
  it.each([
    'dialogue for the shopkeepers and guards in our RPG, 900 rps',
    'role-play companions for a language-learning app, 20k DAU',
    'a museum guide that converses with visitors, 300 at a time',
  ])('is a chatbot: %s', text => {
    expect(useCaseOf(text)).toBe('chatbot');
  });

  it('leaves dialogue that is written, translated or summarised to that task', () => {
    expect(useCaseOf('a tool that writes dialogue for our screenwriters')).toBe(
      'content_generation',
    );
    expect(useCaseOf('translate in-game dialogue into Korean and Polish')).toBe(
      'translation',
    );
    expect(
      useCaseOf('summarise recorded conversations with tenants each night'),
    ).not.toBe('chatbot');
  });
});

describe('agents who are people', () => {
  it.each([
    'about 350 agents look up tariff answers with it',
    'a pitch generator used by our letting agents',
    'the agents will use it to write holiday-package blurbs',
  ])('are not an agent use case: %s', text => {
    expect(useCaseOf(text)).not.toBe('agent');
  });

  it('keeps software agents', () => {
    expect(useCaseOf('agents that call our ticketing tools, 40 req/s')).toBe(
      'agent',
    );
    expect(useCaseOf('an agent to reconcile invoices via our ERP tools')).toBe(
      'agent',
    );
  });
});

describe('an agent that changes records in business tools', () => {
  it.each([
    // one of its actions is writing, but the thing is an agent acting in tools
    'an agent for the procurement desk that reads supplier quotes, amends purchase orders and composes reply emails to vendors, 300 users',
    'we want an agent inside our CRM which logs calls, books meetings and drafts thank-you letters; 800 reps',
  ])('is an agent: %s', text => {
    expect(useCaseOf(text)).toBe('agent');
  });

  it('leaves a chatbot that also opens tickets a chatbot, and a person at a desk a person', () => {
    expect(
      useCaseOf('a chatbot that answers billing questions and opens tickets'),
    ).toBe('chatbot');
    expect(
      useCaseOf(
        'a copy tool that helps an agent at the front desk to write welcome letters for guests',
      ),
    ).toBe('content_generation');
    expect(
      useCaseOf('a tool that reads tickets and routes them to the right queue'),
    ).not.toBe('agent');
  });
});

describe('code named by its language', () => {
  it.each([
    'a helper that drafts KQL queries for our threat hunters, 60 people',
    'produce YARA rules for the malware team',
    'short PowerShell snippets for the desktop-support crew',
  ])('is code generation: %s', text => {
    expect(useCaseOf(text)).toBe('code_generation');
  });

  it('does not read a language name alone, or six sigma, as code', () => {
    expect(useCaseOf('a chatbot for python enthusiasts')).toBe('chatbot');
    expect(useCaseOf('generate six sigma reports for the plant')).not.toBe(
      'code_generation',
    );
  });
});

describe('the model answering whoever asked, said as the time it takes', () => {
  it.each([
    "20 researchers; if it takes a few seconds to reply that's ok",
    'a tutor for 60 pupils, it may take 40 seconds to respond',
  ])('is a chatbot: %s', text => {
    expect(useCaseOf(text)).toBe('chatbot');
  });

  it('reads no use case from people answering or from answering a kind of message', () => {
    expect(
      useCaseOf('it takes our staff 10 minutes to answer'),
    ).toBeUndefined();
    expect(
      useCaseOf('it takes 20 seconds to reply to each email'),
    ).toBeUndefined();
    expect(useCaseOf('it takes 2 days to respond')).toBeUndefined();
  });

  it('asks nothing of a team that names a model, hardware and its patience', () => {
    const intent = extractIntent(
      'a reasoning model for our 8 physicists working through proofs, on 2 L40S cards; if it takes a minute to answer, fine',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.question).toBeNull();
    expect(intent.use_case).toBe('chatbot');
  });
});

describe('articles, stories and copy that another task reads', () => {
  it('are the input of a task named elsewhere, however often they are counted', () => {
    expect(
      useCaseOf(
        'condense trade press articles for the morning briefing: 20k articles a week, 3k articles on Mondays',
      ),
    ).toBe('summarization');
  });

  it('still say content generation when no other task is named, or when writing them is', () => {
    expect(useCaseOf('magazine stories and articles for our members')).toBe(
      'content_generation',
    );
    expect(
      useCaseOf(
        'drafts articles for the blog and a recap for each, 50 articles a week',
      ),
    ).toBe('content_generation');
  });
});

describe('software that calls a list of tools', () => {
  it('reads an agent from tools named by what they reach', () => {
    expect(
      useCaseOf(
        'the assistant will file claims by calling the policy, billing and payment tools',
      ),
    ).toBe('agent');
    expect(useCaseOf('it calls our inventory and shipping APIs')).toBe('agent');
  });

  it('reads no agent from calls counted or made by people', () => {
    expect(
      useCaseOf(
        'a help desk bot; 900 calls hardware and garden tools each day',
      ),
    ).toBe('chatbot');
    expect(useCaseOf('a help desk bot for phone calls about power tools')).toBe(
      'chatbot',
    );
  });
});

describe('the storyteller of a game', () => {
  it('is a character who talks with the players: a chat frame', () => {
    expect(
      useCaseOf('an AI game master for our tabletop RPG, 80 players at once'),
    ).toBe('chatbot');
    expect(
      useCaseOf('we want to self-host the storyteller for our mobile game'),
    ).toBe('chatbot');
  });

  it('is no use case outside a game', () => {
    expect(useCaseOf('a narrator voice for our audiobooks')).toBeUndefined();
  });
});

describe('a department named as the one who says something', () => {
  it('is not the task its name would be a cue of', () => {
    expect(
      useCaseOf(
        'a help desk bot for our shop; marketing has just told us to expect a spring sale',
      ),
    ).toBe('chatbot');
    expect(
      useCaseOf(
        'support chatbot for the bank. The sales team says volume will double',
      ),
    ).toBe('chatbot');
  });

  it('still counts the name when it names the work', () => {
    expect(useCaseOf('a tool for marketing copy and newsletters')).toBe(
      'content_generation',
    );
  });

  it('does not bring a follow-up turn about a campaign to content generation', () => {
    const { intent } = intentFromConversation(
      [
        'A help desk bot for our garden-supply shop.',
        'Roughly 12k daily users.',
        'Correction: 20k, marketing just warned me about the spring campaign.',
      ],
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.use_case).toBe('chatbot');
  });
});

describe('triage', () => {
  it('sorts items into classes, read like classifying', () => {
    expect(useCaseOf('triage of incoming support tickets, 300 a minute')).toBe(
      'batch_processing',
    );
  });

  it('is no cue when it names a bot or an assistant', () => {
    expect(useCaseOf('a triage assistant for the night nurses')).not.toBe(
      'batch_processing',
    );
  });

  it('gives way to a stronger cue', () => {
    expect(useCaseOf('a chatbot that helps nurses triage patients')).toBe(
      'chatbot',
    );
  });
});

describe('the retrieval technique named outright', () => {
  it('outweighs the kind of document it retrieves from', () => {
    expect(useCaseOf('PDF review RAG for 60 paralegals, 32k ctx')).toBe('rag');
    expect(useCaseOf('filing review RAG, 15 paralegals')).toBe('rag');
    expect(useCaseOf('due diligence retrieval-augmented QA, 40 seats')).toBe(
      'rag',
    );
  });

  it('does not outweigh a document task named with its object', () => {
    expect(
      useCaseOf(
        'no RAG: we pull the key clauses out of whole 300-page lease agreements',
      ),
    ).toBe('long_document_analysis');
  });
});

describe('answers said to be looked up in a collection', () => {
  it('reads answers retrieved or looked up in our manuals as RAG', () => {
    expect(
      useCaseOf(
        'an assistant for field technicians; answers get looked up in our service and repair handbooks',
      ),
    ).toBe('rag');
    expect(
      useCaseOf(
        'a helper for pharmacists whose answers are fetched from the drug and dosage guides',
      ),
    ).toBe('rag');
  });

  it('is no retrieval when the answers come from the model itself', () => {
    expect(
      useCaseOf('a chat assistant for shop staff, answers come from the model'),
    ).toBe('chatbot');
  });
});

describe('an agent named by the work it does', () => {
  it('reads a gerund before "agent" as software', () => {
    expect(
      useCaseOf('the vans talk to a routing agent, 40 vans, one ping a minute'),
    ).toBe('agent');
    expect(
      useCaseOf('we are building an invoice reconciling agent for finance'),
    ).toBe('agent');
  });

  it('does not read a trade named with "agent" as software', () => {
    expect(
      useCaseOf('a chatbot for the purchasing agents at our suppliers'),
    ).toBe('chatbot');
    // only the loose word "agents" counts, not the work of a trade
    const reading = readUseCase(
      'listing agents ask questions about the houses they sell',
    );
    const agent = [reading!, ...reading!.runnersUp].find(
      r => r.useCase === 'agent',
    );
    expect(agent?.score).toBe(1);
  });
});

describe('content generation said as a short name or a kind of writing', () => {
  it('reads "content gen" and fiction writing as content generation', () => {
    expect(
      useCaseOf('content-gen service, 80 req/min, 900 output tokens'),
    ).toBe('content_generation');
    expect(useCaseOf('a novel-writing helper for 2k hobby authors')).toBe(
      'content_generation',
    );
  });

  it('does not read "gen" or "writing" alone as content generation', () => {
    expect(useCaseOf('next-gen chatbot for our bank')).toBe('chatbot');
    expect(useCaseOf('a chatbot for writing tutors')).toBe('chatbot');
  });
});

describe('batches counted per second or minute', () => {
  it('reads them as arriving work, not a batch job', () => {
    const reading = readUseCase(
      'we need to summarise log bursts: up to 300 event batches per second, each digest back in 2 s',
    );
    expect(reading?.useCase).toBe('summarization');
    expect(reading?.batchOverride).toBe(false);
  });

  it('still reads batches per night or a bare batch as a batch job', () => {
    expect(useCaseOf('summarise 4 batches per night of call notes')).toBe(
      'batch_processing',
    );
    expect(
      useCaseOf('summarise the batch of filings we get every quarter'),
    ).toBe('batch_processing');
  });
});

describe('a chatbot named outright with words before it', () => {
  it('reads the words as what it talks about', () => {
    expect(
      useCaseOf('we are building a lease clause chatbot for tenants'),
    ).toBe('chatbot');
    expect(useCaseOf('an onboarding docs chatbot for 900 new hires')).toBe(
      'chatbot',
    );
  });

  it('keeps a use case named by the words, or a task done by the chatbot', () => {
    expect(useCaseOf('a RAG chatbot for 900 new hires')).toBe('rag');
    expect(
      useCaseOf('a chatbot that pulls the totals out of uploaded invoices'),
    ).toBe('long_document_analysis');
    // the chatbot's own transcripts are what is summarised
    expect(useCaseOf('summarise our support chatbot transcripts')).toBe(
      'summarization',
    );
  });
});

describe('finished past work told with when it happened', () => {
  it('reads the request, not the history', () => {
    expect(
      useCaseOf(
        'we translated the handbook into 6 languages two years ago. now we want a helpdesk chatbot for staff.',
      ),
    ).toBe('chatbot');
  });

  it('keeps the past sentence when the rest names no use case', () => {
    expect(
      useCaseOf(
        'we summarised our call notes with a hosted api last year. we want to move it in house, 40 req/min.',
      ),
    ).toBe('summarization');
  });

  it('does not read a plan about last year as past work', () => {
    expect(
      useCaseOf(
        "we want to translate last year's reports. a chatbot for staff would be nice too.",
      ),
    ).toBe('translation');
  });
});

describe('documents read by another task', () => {
  it('reads a summarizer of filings or contracts as summarization', () => {
    expect(
      useCaseOf('annual report summariser for the equity team, 30 analysts'),
    ).toBe('summarization');
    expect(
      useCaseOf('translate our supplier contracts and PDFs to German'),
    ).toBe('translation');
  });

  it('keeps the documents as long-document analysis when nothing else has a task', () => {
    expect(
      useCaseOf('our lawyers need help with supplier contracts and PDFs'),
    ).toBe('long_document_analysis');
    // "documents" said three times is no task of its own
    expect(
      useCaseOf(
        'lawyers drop leases, contracts and other documents in; documents vary; we get 40 documents a week and want the risky clauses flagged',
      ),
    ).toBe('long_document_analysis');
  });

  it('adds the documents when long-document analysis has a task too', () => {
    expect(
      useCaseOf(
        'summarise and also pull out the key fields from 300-page filings',
      ),
    ).toBe('long_document_analysis');
  });

  it('reads documents called big or large as long documents', () => {
    expect(
      useCaseOf(
        'it reads large PDFs from brokers and pulls out a risk summary',
      ),
    ).toBe('long_document_analysis');
    expect(useCaseOf('it writes a short summary of each broker email')).toBe(
      'summarization',
    );
  });
});

describe('answers with the section they come from', () => {
  it('reads answering with the relevant section as retrieval', () => {
    expect(
      useCaseOf(
        'an assistant that answers staff with the relevant excerpt of the code of conduct',
      ),
    ).toBe('rag');
    expect(
      useCaseOf('a helper that points nurses to the matching sections'),
    ).toBe('rag');
  });

  it('does not read a relevant person or team as a source', () => {
    expect(
      useCaseOf('an assistant that routes staff to the relevant team'),
    ).toBe('chatbot');
  });
});

describe('analysts are people', () => {
  it('does not read a count of analysts as analysis', () => {
    expect(useCaseOf('a chat assistant for 45 analysts')).toBe('chatbot');
    expect(useCaseOf('analyse the call logs of 45 agents')).toBe(
      'long_document_analysis',
    );
  });
});

describe('software that chats with the people using it', () => {
  it('reads an assistant that chats with its users as a chatbot', () => {
    expect(
      readUseCase(
        'a language-practice app where a tutor chats with learners about their day',
      ),
    ).toMatchObject({ useCase: 'chatbot' });
    expect(
      readUseCase('a mascot that will chat with shoppers on the product pages')
        ?.useCase,
    ).toBe('chatbot');
  });

  it('asks nothing about the use case of a coach that chats with members', () => {
    const intent = extractIntent(
      'Our rowing club app has 9,000 active members; we want a virtual trainer that chats with them about technique. About 300 requests per minute, p95 first token under 500 ms.',
      { knowledgeBase: repositoryKnowledge() },
    );
    expect(intent.use_case).toBe('chatbot');
    expect(intent.question).toBeNull();
  });

  it('does not read the writer chatting with someone as a chatbot', () => {
    expect(
      useCaseOf(
        'we chatted with two vendors last month; we need to summarise 4,000 call notes a day',
      ),
    ).toBe('summarization');
    expect(
      useCaseOf(
        'after a quick chat with our finance lead: translate the supplier letters into German',
      ),
    ).toBe('translation');
  });
});

describe('a job that must finish inside a span', () => {
  it('reads "finished inside" a working day as offline work', () => {
    const intent = extractIntent(
      'We localise about 900 help pages a day into French; all must be finished inside the shift, 6 hours.',
    );
    expect(intent.use_case).toBe('batch_processing');
    expect(intent.batch_requests).toBe(900);
    expect(intent.batch_window_hours).toBe(6);
  });

  it('keeps an answer finished inside seconds interactive', () => {
    expect(
      useCaseOf(
        'a translation helper for our agents; each reply finished inside 2 seconds',
      ),
    ).toBe('translation');
  });
});

describe('batch jobs said by their deadline, their evening run or the work left', () => {
  it('reads "complete in" a span of hours, and finishing "all" of it, as offline work', () => {
    expect(
      useCaseOf(
        'please translate our warranty cards, about 9,000 of them, must complete in 36 hours',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf(
        'we summarise call notes, some 15,000 notes; we must finish them all in 3 days',
      ),
    ).toBe('batch_processing');
    // an answer that completes in seconds is interactive
    expect(
      useCaseOf('a translation helper whose answers complete in 2 seconds'),
    ).toBe('translation');
  });

  it('reads "the deadline is in" days as offline work, not a response time', () => {
    expect(
      useCaseOf(
        'translate 600 brochures from dutch into spanish, the deadline is in 4 days',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf('translate brochures from dutch into spanish for our reps'),
    ).toBe('translation');
  });

  it('reads work "to get through" in full as offline work', () => {
    expect(
      useCaseOf(
        'write summaries for 40,000 court rulings; the ministry gave us six weeks to get through them all',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf('write summaries of court rulings for our clerks as they ask'),
    ).toBe('summarization');
  });

  it('reads work done each night or every evening as offline work', () => {
    expect(
      useCaseOf(
        'each night the shop sends its returns forms and we want the reasons pulled out before opening',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf(
        'every evening the invoices come in and we want the totals extracted by 5am',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf('our staff extract the totals from invoices during the day'),
    ).toBe('long_document_analysis');
  });

  it('reads a verb with a counted set of items as its object as offline work', () => {
    expect(
      useCaseOf(
        'the museum wants to summarise 25k object records (each one long) over the winter closure',
      ),
    ).toBe('batch_processing');
    // a count said with a period is a rate, each one waited on
    expect(
      useCaseOf(
        'we summarise 25k support chats every weekend for our managers',
      ),
    ).toBe('summarization');
  });
});

describe('who is speaking, who is rating, and what is asked for', () => {
  it('reads a department that reckons or thinks as a speaker, not the task', () => {
    expect(
      useCaseOf(
        'We want a chatbot for our gym members. Our marketing team thinks 9,000 members will try it.',
      ),
    ).toBe('chatbot');
    expect(
      useCaseOf('We want help with marketing emails for our gym members.'),
    ).toBe('content_generation');
  });

  it('reads counted app reviews as ratings people left, not a review done', () => {
    expect(
      useCaseOf(
        'My budgeting app has 30k reviews on the store. I want a chat where users ask about their spending.',
      ),
    ).toBe('chatbot');
    expect(
      useCaseOf('review the clauses of each supplier agreement for risks'),
    ).toBe('long_document_analysis');
  });

  it('reads an agent named as the title of a request as software', () => {
    expect(
      useCaseOf('Claims agent for motor insurance. 12 req/s. 16k ctx.'),
    ).toBe('agent');
    // trade agents mentioned inside a sentence are people
    expect(
      useCaseOf(
        'Our 40 claims agents need a chatbot to answer questions about cover.',
      ),
    ).toBe('chatbot');
  });
});

describe('a bot people message, and an agent that uses tools', () => {
  it.each([
    'Slack helper bot for the warehouse crew. 300 staff, p95 under 2 s.',
    'a telegram bot for our cycling club, about 90 members',
    'FAQ bot for the campus gym',
  ])('reads "%s" as a chatbot', text => {
    expect(useCaseOf(text)).toBe('chatbot');
  });

  it('does not read a bot that talks to nobody as a chatbot', () => {
    expect(
      useCaseOf('a crypto trading bot that scores 3 coins every minute'),
    ).not.toBe('chatbot');
  });

  it('reads an agent which uses tools as an agent, beside an email it writes', () => {
    expect(
      useCaseOf(
        'We need an agent which can use our internal tools to book rooms and write an email to the guest afterwards.',
      ),
    ).toBe('agent');
  });

  it('does not read people using tools as an agent', () => {
    expect(
      useCaseOf(
        'Our analysts use tools like Excel today; we want help to write reports for the board.',
      ),
    ).not.toBe('agent');
  });
});

describe('whole papers, long token counts, weekday nights and social media as a channel', () => {
  it('reads whole papers as long documents', () => {
    expect(
      useCaseOf(
        'a helper that goes through full grant theses and lists the instruments used',
      ),
    ).toBe('long_document_analysis');
  });

  it('does not read a paper mentioned in passing, or papers another task reads, as long documents', () => {
    expect(
      useCaseOf('we print a full paper menu for the café'),
    ).toBeUndefined();
    // the length of what another task reads does not make it long-document analysis
    expect(
      useCaseOf('a digest writer that summarizes whole conference papers'),
    ).toBe('summarization');
    expect(
      useCaseOf(
        'an agent that calls our ticketing tools over whole dissertations',
      ),
    ).toBe('agent');
  });

  it('reads work done every weekday night as batch work, also spelt "nite"', () => {
    expect(
      useCaseOf(
        "every friday night we translate the week's 3k support replies into Dutch",
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf(
        'each tuesday nite the shop descriptions get rewritten in bulk',
      ),
    ).toBe('batch_processing');
  });

  it('does not read a weekday alone as batch work', () => {
    expect(
      useCaseOf(
        'every friday we translate support replies into Dutch as they come in',
      ),
    ).toBe('translation');
  });

  it('reads social media answered by people as a channel, not content', () => {
    expect(
      useCaseOf(
        'our 6 agents answer calls and social media; we want a bot that answers from the fare policies',
      ),
    ).toBe('rag');
    expect(
      useCaseOf('we want a tool for our social media posts about new arrivals'),
    ).toBe('content_generation');
  });
});

describe('a product launched as a chat', () => {
  it('is a chatbot, ahead of a loose word for its task', () => {
    expect(
      useCaseOf(
        'we ship a recipe analyzer as a chat in our cooking app; replies stay short',
      ),
    ).toBe('chatbot');
    expect(useCaseOf('the budget analyser, offered as an in app chat')).toBe(
      'chatbot',
    );
  });

  it('is no chat when it is had with someone', () => {
    expect(
      useCaseOf(
        'we analysed the logs and went over the analysis as a chat with the vendor',
      ),
    ).not.toBe('chatbot');
  });
});

describe('batch work said by its definition', () => {
  it('reads a set of items nobody waits on as batch work, whatever each task is', () => {
    for (const text of [
      'write alt text for the 9,000 photos of our image archive within ten days; nobody is waiting on any single one',
      'we want to translate all 2,000 help pages in one go, it must be done within 5 days',
    ])
      expect(readUseCase(text.toLowerCase())?.useCase).toBe('batch_processing');
    // French "par lots", read in English before the rules
    expect(
      extractIntent(
        'Nous devons traduire 40 000 fiches produit, traitement par lots, en 3 jours.',
        { knowledgeBase: repositoryKnowledge() },
      ).use_case,
    ).toBe('batch_processing');
  });

  it('does not make a stream of items batch work on that alone', () => {
    expect(
      readUseCase(
        'summarise each call transcript as the call ends, 4,000 calls a day; nobody waits on these summaries',
      )?.useCase,
    ).toBe('summarization');
  });
});

describe('an assistant whose inputs are whole documents', () => {
  const knowledgeBase = repositoryKnowledge();
  const useCase = (text: string) =>
    extractIntent(text, { knowledgeBase }).use_case;

  it('is long-document analysis when its inputs run to tens of thousands of tokens', () => {
    expect(
      useCase(
        'An assistant our 40 auditors use to question working papers; one set of papers is typically 80,000 tokens.',
      ),
    ).toBe('long_document_analysis');
  });

  it('stays a chatbot when the text calls it a chat, or its inputs are short', () => {
    expect(
      useCase(
        'A support chatbot for 40 auditors with conversations up to 64,000 tokens.',
      ),
    ).toBe('chatbot');
    expect(
      useCase(
        'An assistant our 40 auditors use for questions; prompts are about 2,000 tokens.',
      ),
    ).toBe('chatbot');
  });
});

describe('use cases named by what the work is or is not', () => {
  it('reads docstrings and doc comments as code generation', () => {
    expect(useCaseOf('a docstring writer for our 80 developers')).toBe(
      'code_generation',
    );
  });

  it('does not read batch work said not to be the case', () => {
    expect(
      useCaseOf('live translation of support tickets, not a nightly batch'),
    ).toBe('translation');
    expect(useCaseOf('summaries on demand, no batch jobs')).toBe(
      'summarization',
    );
    expect(useCaseOf('a nightly batch of 40k tickets to summarize')).toBe(
      'batch_processing',
    );
  });
});

describe('use cases read from how the work is done', () => {
  it("reads acting through the writer's systems and on its own as an agent", () => {
    expect(
      useCaseOf(
        'an assistant that files expense claims by calling our finance API and approves small ones on its own',
      ),
    ).toBe('agent');
    expect(
      useCaseOf(
        'a helper for dispatchers that reschedules visits through our planning API without being asked at each step',
      ),
    ).toBe('agent');
  });

  it('reads answers with their sources and questions over procedures as RAG', () => {
    expect(
      useCaseOf('a bot for field staff that answers with the source page'),
    ).toBe('rag');
    expect(
      useCaseOf('a question-answering helper over our runbooks and playbooks'),
    ).toBe('rag');
    // questions about procedures, with no body of text searched, stay a chat
    expect(
      useCaseOf('a chatbot that answers questions about store procedures'),
    ).toBe('chatbot');
  });

  it('reads complete documents taken in one pass as long-document analysis', () => {
    expect(
      useCaseOf(
        'the model must read a complete dossier in a single pass and flag gaps',
      ),
    ).toBe('long_document_analysis');
  });
});

describe('use cases named through what is done to what', () => {
  it('does not take a summary of the request for the task', () => {
    expect(
      useCaseOf('Request summary: localisation of product manuals into Polish'),
    ).toBe('translation');
  });
  it('reads a translation of written-up forms as translation', () => {
    expect(
      useCaseOf(
        'we need translation of meeting recaps into Spanish; 300 recaps a week',
      ),
    ).toBe('translation');
  });
  it('reads scaffolding services and code in more languages as code generation', () => {
    expect(
      useCaseOf('a tool that scaffolds new microservices from a ticket'),
    ).toBe('code_generation');
    expect(useCaseOf('it writes Elixir modules from a spec')).toBe(
      'code_generation',
    );
  });
  it('reads a whole corpus run through a model as batch work', () => {
    expect(
      useCaseOf(
        'we want to feed every one of our archived contracts into the model to flag renewals',
      ),
    ).toBe('batch_processing');
  });
});

describe('more tasks named by what is made or done', () => {
  it('reads code spat out, generators of writing and drafting asked for', () => {
    expect(
      useCaseOf(
        'you describe the page and it spits out the React component code',
      ),
    ).toBe('code_generation');
    expect(useCaseOf('a lesson-plan and story generator for teachers')).toBe(
      'content_generation',
    );
    expect(
      useCaseOf(
        'our clerks send reminder letters; we want them drafted automatically',
      ),
    ).toBe('content_generation');
  });
  it('does not read summary tables as summarisation', () => {
    expect(
      useCaseOf(
        'we review complete annual financial reports and compare the summary tables with the notes',
      ),
    ).toBe('long_document_analysis');
  });
  it('reads a corpus run through a model for versions in a language', () => {
    expect(
      useCaseOf(
        'the entire help centre, about 2,000 articles, run through a model to get German versions',
      ),
    ).toBe('batch_processing');
  });
});

describe('use cases said in words read since the twelfth session', () => {
  it.each([
    [
      'members ask on the portal and it searches our bylaws and past rulings and answers from what it finds',
      'rag',
    ],
    [
      'staff type a question and it pulls up the right SOP section and answers from it',
      'rag',
    ],
    [
      'we want to generate quest dialogue and item descriptions for the designers',
      'content_generation',
    ],
    [
      'we need an agent for release notes: reads the merged pull requests, checks the tickets through tools',
      'agent',
    ],
    [
      'medical coding backlog: 800k discharge letters. Window: 10 days',
      'batch_processing',
    ],
    [
      'translate 12,000 menu items into Spanish, they all need doing by end of the week',
      'batch_processing',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });
  it('does not read the coding of records as code', () => {
    expect(
      useCaseOf('ICD-10 coding assistant for 40 clinical coders'),
    ).not.toBe('code_generation');
    expect(useCaseOf('a coding assistant for our 40 developers')).toBe(
      'code_generation',
    );
  });
  it('leaves an agent desktop to the people who sit at it', () => {
    expect(
      useCaseOf('we need an agent desktop copilot that summarises the call'),
    ).not.toBe('agent');
  });
});

describe('quoted examples of what people ask', () => {
  it('say nothing of the task', () => {
    expect(
      useCaseOf(
        "a help widget for our shop so buyers can ask stuff like 'can I return it by Monday' or 'is it in stock'",
      ),
    ).toBe('chatbot');
  });
  it('leave a deadline the writer sets to mean one', () => {
    expect(useCaseOf('translate all 9,000 product pages, done by Monday')).toBe(
      'batch_processing',
    );
  });
});

describe('use case words read since the twelfth session', () => {
  it('reads a misspelt task verb', () => {
    expect(
      extractIntent(
        'a model for tranlsating product manuals EN -> DE for 20 writers',
      ).use_case,
    ).toBe('translation');
  });
  it('does not read "overnight it is quiet" as batch work', () => {
    expect(
      useCaseOf(
        'an agent that triages alerts: 30 a minute at peak, overnight it is a trickle',
      ),
    ).toBe('agent');
  });
});

describe('use cases read since the twelfth session, second round', () => {
  it.each([
    [
      "an assistant that answers from the handbook's own PDFs and notes, for 300 staff",
      'rag',
    ],
    [
      'a "triage this alert" agent: it reads the logs, runs a few kubectl commands and posts a diagnosis',
      'agent',
    ],
    [
      'an AI conversation partner for language learners, 20k of them',
      'chatbot',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });
});

describe('use cases read since the twelfth session, third round', () => {
  it.each([
    [
      'Deploy agent (plans, calls helm/kubectl tools, verifies). 500 runs a day',
      'agent',
    ],
    [
      'we want to build a research agent for our analysts: it plans and searches our index',
      'agent',
    ],
    [
      'an internal Q&A bot over our contracts database for the legal team',
      'rag',
    ],
    [
      'an assistant that answers how-to questions from the help centre and the release notes',
      'rag',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });
});

describe('words that look like a use case but are not its task', () => {
  it('does not read a contract won, or a number written in it, as documents to analyse', () => {
    expect(
      extractIntent(
        'we just won a contract with a mid-sized city to run their resident help chatbot; the budget is the number written in the contract',
      ).use_case,
    ).toBe('chatbot');
  });

  it('does not read "overnight" meaning suddenly as batch work', () => {
    expect(
      useCaseOf(
        'autocomplete in the script panel, like Copilot; today a few hundred modders, but it could be fifty thousand overnight',
      ),
    ).toBe('code_completion');
    expect(
      useCaseOf(
        'traffic could grow overnight if a streamer picks it up; a support chatbot',
      ),
    ).toBe('chatbot');
    expect(useCaseOf('classify the tickets overnight')).toBe(
      'batch_processing',
    );
  });

  it('does not read a batch the writer takes back as batch work', () => {
    expect(
      useCaseOf(
        'generate personalised email copy; I thought first it is a batch, but no - the CRM calls it live and they wait',
      ),
    ).toBe('content_generation');
  });

  it('reads "about documents" as RAG only after a question', () => {
    expect(
      useCaseOf(
        'draft letters in our house style: reminders about documents they still owe us',
      ),
    ).toBe('content_generation');
    expect(useCaseOf('staff ask questions about documents in the wiki')).toBe(
      'rag',
    );
  });

  it('reads whole transcripts uploaded for analysis, and texts generated, as their tasks', () => {
    expect(
      useCaseOf(
        'associates upload entire deposition transcripts and ask it to find inconsistencies between witnesses',
      ),
    ).toBe('long_document_analysis');
    expect(
      useCaseOf(
        'we want to generate job advertisement texts and public information texts',
      ),
    ).toBe('content_generation');
  });
});

describe('long documents said in other words, RAG on top of materials, and quizzes', () => {
  it.each([
    'Procurement gets these enormous supplier specs, some well over 100 pages, and wants to upload one and get a structured review back. We need 128k of context.',
    'cruise plans and permit packages are enormous: 60 to 90 pages. An analyst drops in the whole package and gets an answer with page citations.',
    'a service that checks full grant proposals against funding rules. The documents are long, so we need a 128k context window.',
  ])('%s', text => {
    expect(useCaseOf(text)).toBe('long_document_analysis');
  });
  it('leaves a translation of long documents a translation', () => {
    expect(
      useCaseOf(
        'We need to translate patient leaflets between English and German. Documents can be long, so we need a 64k context window.',
      ),
    ).toBe('translation');
  });
  it('reads an assistant on top of course materials with links to the source as RAG', () => {
    expect(
      useCaseOf(
        'put a Q&A assistant on top of our course materials; it answers from the syllabus, with links back to the source',
      ),
    ).toBe('rag');
  });
  it('reads multiple choice questions written from a lesson as content', () => {
    expect(
      useCaseOf(
        'they paste in a lesson and it spits out 10 multiple choice questions with answer keys',
      ),
    ).toBe('content_generation');
  });
});

describe('deadline words that are no batch, and marketing as a cause', () => {
  it('does not read "tab-complete in intellij" or "done within 2 minutes" as a batch deadline', () => {
    expect(
      useCaseOf('need tab-complete in intellij + vscode for the 60 devs'),
    ).toBe('code_completion');
    expect(
      useCaseOf(
        'an agent that reads fault codes and opens a work order via tool calls; each run should be done within 2 minutes',
      ),
    ).toBe('agent');
    // a set done within half an hour still is
    expect(
      useCaseOf(
        'there are 120 process units and each needs its own note, all 120 done within 30 minutes of shift end',
      ),
    ).toBe('batch_processing');
  });
  it('does not read traffic that depends on marketing as marketing content', () => {
    expect(
      useCaseOf(
        'Loan FAQ chatbot, retail bank. Traffic: no clue yet, depends on marketing.',
      ),
    ).toBe('chatbot');
    expect(
      useCaseOf('Numbers for the content drafting tool: 40 medical writers'),
    ).toBe('content_generation');
  });
});

describe('a use case denied by the writer', () => {
  it('reads what is wanted instead of the use case said not to be', () => {
    expect(
      useCaseOf(
        'this is not tab completion; give it a spec and it should write the whole module in Rust',
      ),
    ).toBe('code_generation');
    expect(
      useCaseOf(
        "we don't want a retrieval setup, each 300-page tender goes in whole in one prompt",
      ),
    ).toBe('long_document_analysis');
  });

  it('keeps a use case named with "not just"', () => {
    expect(
      useCaseOf('not just autocomplete in the IDE, 40 devs use it daily'),
    ).toBe('code_completion');
  });
});

describe('long documents read whole', () => {
  it.each([
    'we need the model to take the entire thing in a single prompt, the tenders cross-reference themselves',
    'analysts review long environmental-impact filings',
    'each permit application is around 80k tokens, and they ask about clauses',
  ])('reads "%s" as long-document analysis', text => {
    expect(useCaseOf(text)).toBe('long_document_analysis');
  });

  it('does not read a long list of reports as long documents', () => {
    expect(useCaseOf('there is a long list of reports')).toBeUndefined();
  });
});

describe('answers taken from the writer own material', () => {
  it.each([
    'the vet clinic wants nurses to get answers taken from these care sheets',
    'a chat helper that finds the right clause and answers with a link to it',
    'it should quote the leaflet and show the section it took the answer from',
    'an assistant that answers from our nine years of inspection notes, 300 surveyors',
    'staff search the archive and the bot keeps answering with the source',
  ])('reads "%s" as RAG', text => {
    expect(useCaseOf(text)).toBe('rag');
  });

  it('keeps a bot that replies with a link to a booking page a chatbot', () => {
    expect(
      useCaseOf('a chatbot that replies with a link to the booking page'),
    ).toBe('chatbot');
  });
});

describe('people called agents', () => {
  it.each([
    'a bot for our 200 gate agents so they get replies fast',
    'the front-desk agents need a chat helper',
    'each agent types the caller question into a chat window and gets a reply',
  ])('reads "%s" as a chatbot for people', text => {
    expect(useCaseOf(text)).toBe('chatbot');
  });

  it('still reads a software agent that checks the stock', () => {
    expect(useCaseOf('an agent that checks the inventory and reorders')).toBe(
      'agent',
    );
  });
});

describe('a department that has not decided', () => {
  it('reads no use case from a department named as who decides', () => {
    expect(
      useCaseOf('marketing still decide whether we launch on the website'),
    ).toBeUndefined();
    expect(useCaseOf('we need marketing copy for the launch')).toBe(
      'content_generation',
    );
  });
});

describe('actions taken in a booking system', () => {
  it.each([
    'a helper that can reserve a table, check availability and text the confirmation',
    'the assistant should book museum tour visits and hold a slot while the parent pays',
  ])('reads "%s" as an agent', text => {
    expect(useCaseOf(text)).toBe('agent');
  });

  it('does not read a person who holds the door for orders as an agent', () => {
    expect(useCaseOf('she holds the door for orders')).toBeUndefined();
  });
});

describe('batch work said as the night or a weekend', () => {
  it.each([
    'we need all product manuals put into French; it may run at night, nobody is waiting for it',
    'the model must get through all 40k claims within a weekend',
  ])('reads "%s" as batch processing', text => {
    expect(useCaseOf(text)).toBe('batch_processing');
  });

  it('reads news that came overnight as no batch cue', () => {
    expect(
      useCaseOf(
        'brokers read a digest of what was posted about each stock overnight; a summary per article, someone waits',
      ),
    ).toBe('summarization');
    expect(useCaseOf('summaries of support tickets, run overnight')).toBe(
      'batch_processing',
    );
  });
});

describe('code handed back and ad variants', () => {
  it('reads code received for a description as code generation', () => {
    expect(
      useCaseOf('engineers describe a routine and receive a working script'),
    ).toBe('code_generation');
    expect(useCaseOf('devs get code completions in the editor')).toBe(
      'code_completion',
    );
  });

  it('reads ad creative and copy variants as content generation', () => {
    expect(useCaseOf('ad creative generation for our DSP, 900 rpm')).toBe(
      'content_generation',
    );
    expect(useCaseOf('subject line and body variants per segment')).toBe(
      'content_generation',
    );
    expect(useCaseOf('product variants in the shop')).toBeUndefined();
  });
});

describe('written pieces wanted in a number of languages', () => {
  it('reads them as translation, the pieces as what it reads', () => {
    expect(
      useCaseOf(
        'the museum wants every audio-guide script, wall label and brochure in 7 languages by spring',
      ),
    ).toBe('translation');
    expect(
      useCaseOf(
        'our copywriters need all the newsletters and product descriptions in several languages',
      ),
    ).toBe('translation');
  });

  it('leaves pieces written in several languages, or already in them, alone', () => {
    expect(
      useCaseOf('we want to generate product descriptions in 3 languages'),
    ).toBe('content_generation');
    expect(
      useCaseOf('our pages are in 2 languages; we need a chatbot for shoppers'),
    ).toBe('chatbot');
  });
});

describe('an answer complete within a time', () => {
  it('is how long someone waits, however the unit is spelt, not a deadline', () => {
    expect(
      useCaseOf(
        'chatbot for our drivers, every reply must be complete in 3 secnds',
      ),
    ).toBe('chatbot');
    expect(useCaseOf('the 9k claims must be complete in 2 days')).toBe(
      'batch_processing',
    );
  });
});

describe('documents named with their owner or a second modifier', () => {
  it.each([
    "an assistant answering questions over our county's zoning docs",
    "a helpdesk bot over the clinic's safety docs",
    'staff ask and it answers from the building regs',
  ])('reads RAG: %s', text => {
    expect(useCaseOf(text)).toBe('rag');
  });

  it('does not read a possessive alone as documents', () => {
    expect(useCaseOf("a chatbot over our county's parking fines")).not.toBe(
      'rag',
    );
  });
});

describe('a summary spelled "summery"', () => {
  it.each([
    'the supervisors want a summery of each incident report',
    'give me a short summery, 200 tokens, of every inspection',
  ])('reads summarization: %s', text => {
    expect(useCaseOf(text)).toBe('summarization');
  });

  it('leaves the adjective alone', () => {
    expect(
      useCaseOf('a summery playlist chatbot for our radio listeners'),
    ).toBe('chatbot');
  });
});

describe('posts on a named social network', () => {
  it('reads content generation from posts on a social network', () => {
    expect(useCaseOf('help our bakery write instagram posts, 4 of us')).toBe(
      'content_generation',
    );
  });

  it('reads it in a whole request', () => {
    expect(
      extractIntent('something to help with our LinkedIn posts, 2 editors')
        .use_case,
    ).toBe('content_generation');
  });

  it('does not read posts alone as content', () => {
    expect(useCaseOf('a chatbot answering questions about job posts')).not.toBe(
      'content_generation',
    );
  });
});

describe('machine translation said as MT', () => {
  it.each([
    'we want MT for maintenance manuals, DE to EN, 30 technicians',
    'self-hosted MT engine for 20 support agents',
  ])('reads translation: %s', text => {
    expect(useCaseOf(text.toLowerCase())).toBe('translation');
  });

  it('does not read other MTs', () => {
    expect(useCaseOf('a chatbot for hikers on mt hood trails')).toBe('chatbot');
  });
});

describe('obituaries, eulogies and speeches drafted', () => {
  it('reads content generation from an obituary drafted', () => {
    expect(
      useCaseOf('a tool that drafts a eulogy from the family notes, 10 a week'),
    ).toBe('content_generation');
  });
});

describe('writing had in one language and wanted in another', () => {
  it('reads translation', () => {
    expect(
      useCaseOf(
        'our inspectors write their reports in german, and the insurers need them in english',
      ),
    ).toBe('translation');
  });

  it('does not read the language of answers alone as translation', () => {
    expect(
      useCaseOf('a chatbot for 300 staff; they want it in english only'),
    ).toBe('chatbot');
  });
});

describe('deadlines said with "before" or "ready", and "in one time"', () => {
  it('reads a set to be finished before a clock time or a day as batch work', () => {
    expect(
      useCaseOf(
        'score the loan files overnight shift, it must be finished before 6:30 when the branch opens',
      ),
    ).toBe('batch_processing');
    expect(
      useCaseOf(
        'translate our 900 safety sheets into french; everything has to be ready in 4 days for the inspection',
      ),
    ).toBe('batch_processing');
  });

  it('leaves a reply complete before someone leaves, and a text ready in seconds, interactive', () => {
    expect(
      useCaseOf(
        'a chatbot for hotel guests; answers must be complete before the guest gives up',
      ),
    ).toBe('chatbot');
    expect(
      useCaseOf(
        'a helpdesk chatbot; everything must be ready in max 4 seconds for the caller',
      ),
    ).toBe('chatbot');
  });

  it('reads "in one time" as how a document is read, not a one-time job', () => {
    expect(
      useCaseOf(
        'the model should read the whole contract in one time and list the risks',
      ),
    ).toBe('long_document_analysis');
    expect(useCaseOf('it is one time job: tag 40,000 photos')).toBe(
      'batch_processing',
    );
  });
});

describe('who claims a number, and quoted examples with apostrophes', () => {
  it('reads a department that claims a figure as a speaker, not as marketing work', () => {
    expect(
      useCaseOf(
        'a support chatbot for the ferry company. marketing claims 20k riders a day will use it',
      ),
    ).toBe('chatbot');
    // writing for the department stays content
    expect(useCaseOf('a tool that drafts marketing emails for 6 people')).toBe(
      'content_generation',
    );
  });

  it('reads a list of double-quoted examples, apostrophes and all, as what users type', () => {
    expect(
      useCaseOf(
        'an in-app assistant for the gym owners, they ask things like "who hasn\'t paid this month", "draft a reply to the late payers", "what\'s my busiest hour". it\'s basically a chat assistant.',
      ),
    ).toBe('chatbot');
    // a quote that no lead-in makes an example is the writer's own words
    expect(useCaseOf('we want it to "draft a reply to each late payer"')).toBe(
      'content_generation',
    );
  });
});

describe('batch work in the night shift, for no single item, and production batches', () => {
  it('reads a job run in the night shift as batch work', () => {
    expect(useCaseOf('a model scores the claims, it runs in night shift')).toBe(
      'batch_processing',
    );
    // people who work the night shift use a chat assistant
    expect(
      useCaseOf('a chat assistant for the nurses who work the night shift'),
    ).toBe('chatbot');
  });

  it('reads "nobody waits for single ..." like "for a single"', () => {
    expect(
      readUseCase(
        'support chats get sorted by the model, nobody waits for single chat'.toLowerCase(),
      )?.useCase,
    ).toBe('batch_processing');
  });

  it('reads batch records and batch numbers as production lots, not offline work', () => {
    expect(
      useCaseOf(
        'our chemists want to ask questions to the archive of batch records and lab notebooks',
      ),
    ).toBe('rag');
    expect(
      hasBatchCue('a chatbot that looks up batch numbers for the QA team'),
    ).toBe(false);
    // a batch of records is still batch work
    expect(hasBatchCue('a nightly batch of 50k records')).toBe(true);
  });
});

describe('retrieval from protocols, databases and archives, with sources shown', () => {
  it('reads questions over protocols, a DB or an archive as RAG', () => {
    expect(
      useCaseOf('internal q&a over our nursing protocols for 60 ward staff'),
    ).toBe('rag');
    expect(
      useCaseOf(
        'a q&a tool that retrieves from our fixtures db and the transfer archive',
      ),
    ).toBe('rag');
    // a team named after the archive is people, not a source
    expect(useCaseOf('a chatbot; the budget came from the archive team')).toBe(
      'chatbot',
    );
  });

  it('reads an answer that says where it came from as citations', () => {
    expect(
      useCaseOf(
        'visitors type a question about the estate and get an answer that shows which page it was taken from',
      ),
    ).toBe('rag');
    expect(
      useCaseOf('a chatbot that tells visitors where the nearest exit is'),
    ).toBe('chatbot');
  });
});

describe('agents that act, check live systems and iterate', () => {
  it('reads iterating until a result holds as agent work', () => {
    expect(
      useCaseOf(
        'text-to-sql over the fleet tables: it runs the query, checks the result and iterates until the totals match',
      ),
    ).toBe('agent');
  });

  it('reads an assistant that checks availability, the weather or the rota and acts as an agent', () => {
    expect(
      useCaseOf(
        'an assistant that takes bookings by chat, checks if the boat is available in our reservation system and emails the confirmation. it must do all the steps alone.',
      ),
    ).toBe('agent');
    expect(
      useCaseOf(
        'an assistant for our lifeguards that can actually do things, not just chat: check the surf forecast, look up who is on duty and send the shift texts',
      ),
    ).toBe('agent');
    // looking things up to answer is no action
    expect(
      useCaseOf('a chat assistant that answers questions about the forecast'),
    ).toBe('chatbot');
  });
});

describe('long documents read whole or uploaded and questioned', () => {
  it('reads the entire file read at once, or one document uploaded and queried, as long-document analysis', () => {
    expect(
      useCaseOf(
        'the model reads the entire file and recommends whether to pay the claim',
      ),
    ).toBe('long_document_analysis');
    expect(
      useCaseOf(
        'auditors upload one ledger at a time (banks, brokers, funds) and query it',
      ),
    ).toBe('long_document_analysis');
    // code files written whole are code
    expect(
      useCaseOf('the model writes the whole bash script file for each admin'),
    ).toBe('code_generation');
    // a photo uploaded and asked about is no document
    expect(
      useCaseOf('a chatbot: users upload a plant photo and ask about it'),
    ).toBe('chatbot');
  });

  it('reads a kind of document said to be long as the input of the task named', () => {
    expect(
      useCaseOf(
        'after every shift the foreman sends a long report; we want a short summary of it',
      ),
    ).toBe('summarization');
    // with no other task, long reports are long-document work
    expect(useCaseOf('we need to analyse long reports from the auditors')).toBe(
      'long_document_analysis',
    );
    expect(useCaseOf('summaries of our long documents, q&a too')).toBe(
      'summarization',
    );
  });
});

describe('writing for social networks, pieces of writing, and sport recaps', () => {
  it('reads posts for a social network and pieces of writing as content generation', () => {
    expect(
      useCaseOf(
        'each clerk makes about 20 texts a day: notices to tenants, small posts for instagram',
      ),
    ).toBe('content_generation');
    expect(
      useCaseOf(
        'it comes to about 900 pieces of writing a month for the bakery',
      ),
    ).toBe('content_generation');
    // posts read by moderators are no writing
    expect(
      useCaseOf('a bot that flags posts on facebook for our moderators'),
    ).not.toBe('content_generation');
  });

  it('reads the recap of a match as content, not a summary', () => {
    expect(
      useCaseOf('auto-draft race recaps and social posts for the cycling club'),
    ).toBe('content_generation');
    expect(useCaseOf('a weekly recap of the board meeting notes')).toBe(
      'summarization',
    );
  });
});

describe('agents that act, long-document sizes, sources, directions of translation', () => {
  it('reads a model made to use the API of a system as an agent, not a hosted API used today', () => {
    expect(
      useCaseOf(
        'an assistant for our planners; it must use the API of the warehouse system to move stock',
      ),
    ).toBe('agent');
    expect(useCaseOf('a chatbot for staff, we use the openai api today')).toBe(
      'chatbot',
    );
  });

  it('reads doing things, with the actions listed between, not just answering as an agent', () => {
    expect(
      useCaseOf(
        'a helper that can do things for tenants - renew a lease, log a repair, change the direct debit day - not just answer questions',
      ),
    ).toBe('agent');
    expect(
      useCaseOf('a helper for tenants, it should answer their questions'),
    ).toBe('chatbot');
  });

  it('reads long agreements, page ranges and the biggest documents in tokens as long documents', () => {
    expect(
      useCaseOf(
        'something that reads the long supply agreements our vendors send and flags odd terms',
      ),
    ).toBe('long_document_analysis');
    expect(
      useCaseOf(
        'our auditors check the documents, each one between 120 and 300 pages, for missing items',
      ),
    ).toBe('long_document_analysis');
    expect(
      useCaseOf(
        'the inspectors check the documents; the biggest ones are up to 90 thousand tokens',
      ),
    ).toBe('long_document_analysis');
    expect(
      useCaseOf('staff ask questions about our documents of 10 to 20 pages'),
    ).not.toBe('long_document_analysis');
  });

  it('reads a marketing authorisation as a licence, not marketing', () => {
    expect(
      useCaseOf(
        'our team checks the marketing authorisation files and the long audit reports for gaps',
      ),
    ).not.toBe('content_generation');
    expect(useCaseOf('marketing copy for our shoe brand')).toBe(
      'content_generation',
    );
  });

  it('reads an answer given together with its source as retrieval', () => {
    expect(
      useCaseOf(
        'a helper for our engineers giving each answer together with its source',
      ),
    ).toBe('rag');
    expect(
      useCaseOf('a chat helper for our engineers giving short answers'),
    ).toBe('chatbot');
  });

  it('reads language codes joined by an arrow and an MT endpoint as translation', () => {
    expect(useCaseOf('menus and notices, de -> fr and fr->de, 3 req/s')).toBe(
      'translation',
    );
    expect(useCaseOf('we need an MT endpoint for the hotel desk')).toBe(
      'translation',
    );
    expect(useCaseOf('chat assistant, migrating v1 -> v2 of our app')).toBe(
      'chatbot',
    );
  });

  it('reads work done by the time someone leaves as waited on, not a deadline', () => {
    expect(
      hasBatchCue(
        'the summary of the visit must be done by the time the patient leaves',
      ),
    ).toBe(false);
    expect(hasBatchCue('the whole archive must be done by Friday')).toBe(true);
  });

  it('reads work finished before the writer cuts over as a job with a deadline', () => {
    expect(
      hasBatchCue(
        'the old tickets have to be finished before we switch to the new helpdesk',
      ),
    ).toBe(true);
    expect(
      hasBatchCue('the reply has to be finished before the caller hangs up'),
    ).toBe(false);
  });

  it('reads output nobody reads live as batch work', () => {
    expect(
      useCaseOf(
        'convert 9,000 old maintenance logs into json records; no one reads them live',
      ),
    ).toBe('batch_processing');
    expect(hasBatchCue('the nurses read them live on the ward')).toBe(false);
  });

  it('reads goods sold in bulk as no batch work', () => {
    expect(hasBatchCue('do you sell climbing tape in bulk for gyms?')).toBe(
      false,
    );
    expect(hasBatchCue('bulk re-tagging of 2M product photos')).toBe(true);
  });
});
