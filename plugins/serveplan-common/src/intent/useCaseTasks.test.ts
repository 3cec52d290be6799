import { readUseCase } from './useCase';
import { taskEvidence } from './useCaseTasks';
import { extractIntent } from './ruleBasedIntent';
import { repositoryKnowledge } from './__testUtils__/knowledge';

const knowledgeBase = repositoryKnowledge();
const useCaseOf = (text: string) =>
  extractIntent(text, { knowledgeBase }).use_case;

describe('use cases from what the system does to what', () => {
  it.each([
    // code moved, written or explained, whatever the frame
    ['assistant that rewrites our VB6 apps in C#, 15 devs', 'code_generation'],
    [
      'chat assistant that writes pytest tests for our services, 80 devs',
      'code_generation',
    ],
    [
      'a helper bot that turns architecture diagrams into terraform modules, 30 SREs',
      'code_generation',
    ],
    [
      'assistant that explains legacy COBOL code to new hires, 80 devs',
      'code_generation',
    ],
    [
      'chatbot that helps developers migrate from Angular to React, 100 devs',
      'code_generation',
    ],
    // writing for people
    [
      'assistant producing first drafts of press releases for 12 comms staff',
      'content_generation',
    ],
    [
      'an assistant that drafts replies to supplier emails for 60 buyers',
      'content_generation',
    ],
    // shorter versions, facts out of documents, cited answers
    [
      'a Slack bot that turns incident threads into short recaps, 600 engineers',
      'summarization',
    ],
    [
      'an assistant that extracts totals from scanned invoices, 50 clerks',
      'long_document_analysis',
    ],
    ['assistant answering policy questions with citations, 3k staff', 'rag'],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });

  it('reads "batch" naming a kind of code as code, not as offline work', () => {
    expect(
      useCaseOf(
        'assistant that migrates our PL/I batch programs to Java, 25 engineers',
      ),
    ).toBe('code_generation');
    expect(useCaseOf('batch scoring of 3M records every night')).toBe(
      'batch_processing',
    );
  });

  it('keeps the chat frame when no task is named', () => {
    expect(useCaseOf('a voice assistant for drivers, 6k cars')).toBe('chatbot');
    expect(useCaseOf('a chatbot where residents ask about permits')).toBe(
      'chatbot',
    );
  });

  it('reads a copilot as code completion only among developers', () => {
    expect(useCaseOf('a copilot in the editor for 300 developers')).toBe(
      'code_completion',
    );
    expect(
      useCaseOf('copilot for 300 support staff that suggests replies'),
    ).not.toBe('code_completion');
  });

  it('needs a verb and its object together', () => {
    // a count of queries is not code, "product" is not "produce", minutes of time are not minutes of a meeting
    expect(taskEvidence('users generate 500 queries an hour').size).toBe(0);
    expect(
      taskEvidence('product descriptions in production').has('code_generation'),
    ).toBe(false);
    expect(
      taskEvidence('it should generate the answer within 2 minutes').size,
    ).toBe(0);
    expect(
      taskEvidence('we write in english and read code reviews').has(
        'code_generation',
      ),
    ).toBe(false);
  });

  it('lets the frame add little beside a task', () => {
    const reading = readUseCase('chat assistant bot that writes unit tests');
    expect(reading?.useCase).toBe('code_generation');
    expect(reading?.runnersUp.find(r => r.useCase === 'chatbot')?.score).toBe(
      1,
    );
  });
});

describe('prose made for people to read', () => {
  it.each([
    'a study helper that drafts essay outlines for 3k pupils',
    'tool that writes opening paragraphs for our grant applications, 40 researchers',
    'assistant that composes chapters of our onboarding handbook, 25 writers',
    // a written plan for a traveller, and material for a class
    'a cruise line wants the model to produce a tailored itinerary for every guest',
    'a service that creates lesson plans and quizzes for 200 teachers',
  ])('is content generation: %s', text => {
    expect(useCaseOf(text)).toBe('content_generation');
  });

  it.each([
    // the object without a verb of making, or the verb of making an answer in a chat
    [
      'chatbot that answers questions about our essay guidelines, 3k pupils',
      'chatbot',
    ],
    ['chatbot that gives answers about course outlines, 3k pupils', 'chatbot'],
    [
      'chatbot that answers guests about their itineraries, 9k guests',
      'chatbot',
    ],
  ])('is not content generation: %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });
});

describe('a task said as a tool named for its product', () => {
  it.each([
    [
      'a recipe-story writer for a cooking site, 90 editors',
      'content_generation',
    ],
    ['cover-letter generator for 2k job seekers', 'content_generation'],
    ['a regex generator for 70 analysts', 'code_generation'],
    [
      'an integration-test creator for our platform squad, 30 devs',
      'code_generation',
    ],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });

  it('does not read a maker noun without a product as a task', () => {
    expect(taskEvidence('a chatbot for our generator repair crews').size).toBe(
      0,
    );
  });
});

describe('an object named second in a list after the verb', () => {
  it('reads the listed object as the task', () => {
    expect(
      taskEvidence('it produces dashboards and short bash helpers for ops').has(
        'code_generation',
      ),
    ).toBe(true);
    expect(
      taskEvidence(
        'it writes release checklists and terse changelog posts',
      ).has('content_generation'),
    ).toBe(true);
  });

  it('does not read a second verb after "and" as part of the list', () => {
    expect(
      taskEvidence('it writes memos and reads code from the repo').has(
        'code_generation',
      ),
    ).toBe(false);
    expect(
      taskEvidence('staff write memos and run scripts by hand').has(
        'code_generation',
      ),
    ).toBe(false);
  });

  it('reads a count between the verb and its object', () => {
    expect(
      taskEvidence('brokers compose about 12 newsletters a week').has(
        'content_generation',
      ),
    ).toBe(true);
  });
});

describe('code said first and its making after it', () => {
  it.each([
    'in the editor, a developer highlights a module and gets integration tests generated for it; 60 engineers',
    'inside our IDE, Kotlin functions are automatically written from a short spec, 70 devs',
    'migration scripts produced on request for 25 database admins',
  ])('is code generation: %s', text => {
    expect(useCaseOf(text)).toBe('code_generation');
  });

  it('does not read code that people made, or the language it is in, as generated', () => {
    expect(
      taskEvidence('unit tests generated by our engineers last year').has(
        'code_generation',
      ),
    ).toBe(false);
    expect(
      taskEvidence('the python scripts written over ten years').has(
        'code_generation',
      ),
    ).toBe(false);
    expect(
      useCaseOf(
        'inline suggestions in the IDE for a codebase written in Kotlin, 300 devs',
      ),
    ).toBe('code_completion');
  });
});

describe('more products before a maker noun', () => {
  it.each([
    ['a riddle-text generator for our puzzle app', 'content_generation'],
    ['Flashcard generator, 20k students, 2 decks a day', 'content_generation'],
    ['an exam question writer for 300 teachers', 'content_generation'],
  ])('%s → %s', (text, useCase) => {
    expect(useCaseOf(text)).toBe(useCase);
  });

  it('does not read a power generator as writing', () => {
    expect(
      taskEvidence('a diesel generator monitor for 40 field sites').size,
    ).toBe(0);
  });
});

describe("a writer's piece carried on by the model", () => {
  it('reads continuing a story or a draft as content generation', () => {
    expect(
      taskEvidence(
        "the model continues each author's chapter as they pause",
      ).get('content_generation')?.score,
    ).toBe(3);
    expect(
      useCaseOf('an app where the LLM continues a poem the child started'),
    ).toBe('content_generation');
  });

  it('does not read a conversation carried on as writing', () => {
    expect(
      taskEvidence('the bot continues the conversation after a handoff').has(
        'content_generation',
      ),
    ).toBe(false);
  });
});

describe('chats answered as they come in', () => {
  it('reads answering chats as a chatbot task', () => {
    expect(
      taskEvidence('an LLM that replies to live chats from shoppers').get(
        'chatbot',
      )?.score,
    ).toBe(3);
    expect(
      useCaseOf(
        'we need a model to help our reps respond to visitor conversations',
      ),
    ).toBe('chatbot');
  });

  it('does not read answering emails or summarising chats as chat', () => {
    expect(
      taskEvidence('it answers supplier emails overnight').has('chatbot'),
    ).toBe(false);
    expect(useCaseOf('summarise the chats our reps handled each day')).toBe(
      'summarization',
    );
  });
});

describe('short promotional text and hyphenated counts before an object', () => {
  it('reads writing blurbs or teasers as content generation', () => {
    expect(
      taskEvidence('it writes punchy blurbs for each new podcast').has(
        'content_generation',
      ),
    ).toBe(true);
    expect(useCaseOf('a teaser generator for our film catalogue, 20 rps')).toBe(
      'content_generation',
    );
  });

  it('does not read blurbs that are only read as written', () => {
    expect(
      taskEvidence('editors read the blurbs before they go live').has(
        'content_generation',
      ),
    ).toBe(false);
  });

  it('reads a count written with a hyphen ("a 900-page") as one word of the gap', () => {
    expect(
      taskEvidence('staff search the 900-page operations handbook').has('rag'),
    ).toBe(true);
    // a longer run of words between the verb and the collection is no task
    expect(
      taskEvidence(
        'staff search for a fix then phone whoever owns the 900-page operations handbook',
      ).has('rag'),
    ).toBe(false);
  });
});

describe('a search, then an answer written from it', () => {
  it.each([
    'a helper that searches the old project wikis and answers from them',
    'so basically a search across our case files plus a written answer',
    'it searches the product manuals, then replies to the engineer',
    'searching the policy binders and writes a short answer for the clerk',
  ])('%s', text => {
    expect(taskEvidence(text).has('rag')).toBe(true);
  });

  it.each([
    // a search named by its parts
    'we watch search latency and answer quality closely',
    'the search results and answers are logged',
    // people who search and then answer something other than a question
    'clerks search the order system and answer calls all day',
    // no answer after the search
    'a search box over the catalogue that ranks items',
  ])('not in "%s"', text => {
    expect(taskEvidence(text).has('rag')).toBe(false);
  });

  it('makes a chat assistant that searches and answers RAG', () => {
    expect(
      useCaseOf(
        'Our planners keep asking questions about supplier terms. We want a chat assistant that searches all of it and answers from it, 25 planners.',
      ),
    ).toBe('rag');
    expect(
      useCaseOf(
        'An assistant for 30 clerks: search over the land registry plus a written answer.',
      ),
    ).toBe('rag');
  });
});

describe('a message written for someone', () => {
  it('reads drafting or writing a message as content generation', () => {
    expect(
      useCaseOf(
        'a helper for our planners that reads a cancelled-flight notice and writes a message to each traveller',
      ),
    ).toBe('content_generation');
  });

  it('does not read messages counted by figures as a product', () => {
    expect(
      useCaseOf(
        'We need a chatbot for tenants. Our numbers suggest about 6,000 tenant messages a week.',
      ),
    ).toBe('chatbot');
  });
});

describe('a search done so people can ask', () => {
  it('reads a search over any collection for people to ask as retrieval', () => {
    expect(
      taskEvidence(
        'a tool that searches the tariff sheets so counter clerks can ask about fees',
      ).has('rag'),
    ).toBe(true);
    expect(
      taskEvidence(
        'it searches the lab protocols so that technicians could query them',
      ).has('rag'),
    ).toBe(true);
  });

  it('does not read a search named by its parts, or a search for booking', () => {
    expect(
      taskEvidence('search latency matters so users can ask quickly').has(
        'rag',
      ),
    ).toBe(false);
    expect(
      taskEvidence('it searches cheap flights so travellers can book them').has(
        'rag',
      ),
    ).toBe(false);
  });
});

describe('a quoted phrase inside the object, and documents named second', () => {
  it('reads a quoted phrase before the object as one modifier', () => {
    expect(
      taskEvidence(
        'a service that writes a short "you might also enjoy" blurb under each recipe',
      ).has('content_generation'),
    ).toBe(true);
    expect(
      taskEvidence(
        'it replies to questions like "where is my parcel" using our shipping policies',
      ).has('rag'),
    ).toBe(true);
  });

  it('does not let a quoted phrase join a verb to an object far after it', () => {
    expect(
      taskEvidence(
        'it writes back "thanks, we got it" and the team later reads the whole email',
      ).has('content_generation'),
    ).toBe(false);
  });

  it('reads documents named second among the sources of an answer', () => {
    expect(
      taskEvidence(
        'a clinic helper that answers from the booking system and the visiting rules documents',
      ).has('rag'),
    ).toBe(true);
    expect(
      taskEvidence(
        'it answers from the booking system and the nurses update the rota',
      ).has('rag'),
    ).toBe(false);
  });
});

describe('writing for learners and scripts to be spoken', () => {
  it.each([
    'we want it to create graded exercises and comprehension passages for each pupil',
    'the tool should write worksheets for our evening classes',
    'it drafts radio scripts for our local stations',
    'video-script writing for 20 youtube channels, 300 requests a day',
    'flashcard generation for medical students, about 2k a day',
  ])('%s → content_generation', text => {
    expect(useCaseOf(text)).toBe('content_generation');
  });

  it('keeps a script alone as code, and text generation as no product', () => {
    expect(
      taskEvidence('it writes bash scripts for our servers').get(
        'code_generation',
      ),
    ).toBeDefined();
    expect(
      taskEvidence('a text generation model for our staff').has(
        'content_generation',
      ),
    ).toBe(false);
    expect(
      taskEvidence('students read the passages in class').has(
        'content_generation',
      ),
    ).toBe(false);
  });
});

describe('written pieces as the object of a verb of making', () => {
  it.each([
    'a tool that drafts incident reports for our 30 safety officers',
    'generate service notices and payment reminders for 12 clerks',
    'the assistant writes weekly bulletins and player spotlights',
  ])('is content generation: %s', text => {
    expect(taskEvidence(text).get('content_generation')?.score).toBeGreaterThan(
      0,
    );
  });

  it('does not make reports read or searched writing', () => {
    expect(
      taskEvidence('search our incident reports and answer questions').get(
        'content_generation',
      ),
    ).toBeUndefined();
  });
});

describe('writing named by its parts, and by a pronoun', () => {
  const tasks = (text: string) => [...taskEvidence(text.toLowerCase()).keys()];

  it('reads parts of a document drafted after a list of their names', () => {
    expect(
      tasks(
        'it drafts the background and risk-assessment sections of each grant bid',
      ),
    ).toEqual(['content_generation']);
    expect(
      tasks('it generates answers with the relevant sections highlighted'),
    ).toEqual([]);
  });

  it('reads a write-up drafted as writing', () => {
    expect(tasks('the tool drafts the write-up from the site photos')).toEqual([
      'content_generation',
    ]);
  });

  it('reads a pronoun made by the model as the product named before it', () => {
    expect(
      tasks(
        'our dietitians spend hours on meal plans by hand, so we want the model to write them',
      ),
    ).toEqual(['content_generation']);
    expect(
      tasks(
        'the team still keeps the migrations manual; it should generate these',
      ),
    ).toEqual(['code_generation']);
    expect(tasks('we have many customers and want to help them')).toEqual([]);
  });

  it('reads answers from a catalogue or playbook as RAG', () => {
    expect(
      tasks("it answers buyers' questions using the parts catalogue"),
    ).toEqual(['rag']);
  });
});

describe('plans and applications written, each one made, answers from a catalogue', () => {
  const tasks = (text: string) => [...taskEvidence(text.toLowerCase()).keys()];

  it('reads a plan written for one person, and grant applications, as writing', () => {
    expect(
      tasks(
        'a feature that writes a personalised monthly training plan for each runner',
      ),
    ).toEqual(['content_generation']);
    expect(
      tasks('the charity writes many grant applications each year'),
    ).toEqual(['content_generation']);
    // a plan the writer has is no product
    expect(tasks('we plan to write it ourselves')).toEqual([]);
  });

  it('reads "write each one" as the product named before it', () => {
    expect(
      tasks(
        'the guides need menus and welcome letters; the AI should write each one when asked',
      ),
    ).toEqual(['content_generation']);
  });

  it('reads answers about a subject taken from a catalogue as RAG', () => {
    expect(
      tasks(
        'it should answer questions about our garden tools using the catalogue and the manuals',
      ),
    ).toContain('rag');
  });

  it('reads the recap of a match as a report, not a summary', () => {
    expect(tasks('it drafts the match recaps for the club website')).toEqual([
      'content_generation',
    ]);
    expect(tasks('it drafts recaps of each sales call')).toEqual([
      'summarization',
    ]);
  });
});

describe('prose reworded, sources looked up, answers from listings', () => {
  it('reads prose reworded for people as content generation, code rewritten as code', () => {
    expect(
      useCaseOf('a button that rephrases the product descriptions of our shop'),
    ).toBe('content_generation');
    expect(useCaseOf('it rewrites the headline of each property advert')).toBe(
      'content_generation',
    );
    expect(useCaseOf('a tool that rewrites our Fortran code in Rust')).toBe(
      'code_generation',
    );
  });

  it('reads a lookup whose particle follows a pronoun as retrieval', () => {
    expect(
      useCaseOf(
        'nurses text a question and it looks it up in the ward handbook and replies',
      ),
    ).toBe('rag');
    // "look it up" with no collection is no retrieval
    expect(
      taskEvidence('the clerks look it up by hand every time').has('rag'),
    ).toBe(false);
  });

  it('reads answers given from listings as retrieval', () => {
    expect(
      useCaseOf(
        'renters ask about flats and the bot answers from the current rental listings',
      ),
    ).toBe('rag');
    expect(taskEvidence('we publish 300 listings a week').has('rag')).toBe(
      false,
    );
  });

  it('reads a search followed by an answer given in the -ing form as retrieval', () => {
    expect(
      taskEvidence(
        'a tool searching in our soil sample archive and giving the answer to the agronomists',
      ).has('rag'),
    ).toBe(true);
    expect(
      taskEvidence('searching the web and giving feedback on drafts').has(
        'rag',
      ),
    ).toBe(false);
  });
});
