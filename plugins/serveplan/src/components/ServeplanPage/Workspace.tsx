import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useApi, useAppSearchParams } from '@backstage/frontend-plugin-api';
import { serveplanApiRef, ServeplanApiError } from '../../api';
import type {
  Conversation,
  ConversationTurn,
  Intent,
  Message,
  Plan,
} from '../../schema/openapi';
import { useStoredConversationId } from './useStoredConversationId';

export type TabId = 'chat' | 'recommendations' | 'explore';
export const TAB_IDS: TabId[] = ['chat', 'recommendations', 'explore'];

/** A conversation as the page holds it: the backend's record plus the last turn's extras. */
export interface ConversationState {
  conversation: Conversation;
  messages: Message[];
  intent: Intent;
  /** The conversation's latest plan (null until one was made). */
  plan: Plan | null;
}

export interface Workspace {
  tab: TabId;
  setTab(tab: TabId): void;

  conversationId: string | undefined;
  /** True while the storage has not said which conversation was open last. */
  restoring: boolean;
  /** The conversation shown: undefined while the one asked for loads (nothing stale is shown). */
  conversation: ConversationState | undefined;
  conversationLoading: boolean;
  conversationError: Error | undefined;
  /** Sends a request (starting a conversation) or a follow-up. Resolves with the turn, or undefined on error. */
  send(text: string): Promise<ConversationTurn | undefined>;
  /** True while a message is being answered (in whichever conversation). */
  busy: boolean;
  /** The text being answered in the conversation shown, while its request is in flight. */
  pending: string | undefined;
  sendError: Error | undefined;
  dismissSendError(): void;
  startNew(): void;
  openConversation(id: string): void;
  retryConversation(): void;

  /** The plan the Recommendations and Explore tabs show: a what-if plan, or the conversation's latest. */
  plan: Plan | undefined;
  planLoading: boolean;
  planError: Error | undefined;
  /** True when the plan shown is a what-if plan from Explore rather than the conversation's latest. */
  isWhatIf: boolean;
  showPlan(plan: Plan, options?: { tab?: TabId }): void;
  showConversationPlan(options?: { tab?: TabId }): void;

  /**
   * Marks the start of a request made for `action`. The function returned says whether its
   * answer may still change the page: the page is still open, on the same conversation, and no
   * later request for the same action was started. Check it before acting on the answer.
   */
  beginRequest(action: string): () => boolean;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value)
    throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}

/** A request rejected for what it says, with what was read of it (a 400 with `reading`). */
function isRejectionWithReading(e: unknown): boolean {
  return e instanceof ServeplanApiError && e.status === 400 && !!e.reading;
}

function isTab(value: string | null): value is TabId {
  return value !== null && (TAB_IDS as string[]).includes(value);
}

/**
 * The page's working state, shared by the three tabs. The URL holds what identifies it
 * (`?tab=`, `?conversation=`, `?plan=`) so it can be reloaded and linked; the backend holds the
 * conversation and the plans; Backstage's storage remembers the last conversation.
 */
export function WorkspaceProvider(props: { children: ReactNode }) {
  const api = useApi(serveplanApiRef);
  const [params, setParams] = useAppSearchParams();
  const { stored, store } = useStoredConversationId();

  const tabParam = params.get('tab');
  const tab: TabId = isTab(tabParam) ? tabParam : 'chat';
  const conversationParam = params.get('conversation');
  const planParam = params.get('plan');
  // The URL wins; without one, the conversation the user last worked on.
  const conversationId = conversationParam ?? stored ?? undefined;
  const restoring = !conversationParam && stored === undefined;

  const [conversation, setConversation] = useState<
    ConversationState | undefined
  >();
  const [conversationLoading, setConversationLoading] = useState(false);
  const [conversationError, setConversationError] = useState<
    Error | undefined
  >();
  const [reloadCount, setReloadCount] = useState(0);
  const [pending, setPending] = useState<
    { text: string; conversationId: string | undefined } | undefined
  >();
  const [sendError, setSendError] = useState<Error | undefined>();
  // A first message rejected for what it says (a 400 with what was read of it): the next
  // message starts the conversation as its correction, so what it said is not lost.
  const rejectedFirst = useRef<string | undefined>();
  const [whatIf, setWhatIf] = useState<Plan | undefined>();
  const [planLoading, setPlanLoading] = useState(false);
  const [planError, setPlanError] = useState<Error | undefined>();
  // Plans this page already holds (shown from Explore), so naming one in the URL fetches nothing.
  const knownPlans = useRef(new Map<string, Plan>());

  // Answers arrive after renders: what they act on is read from these refs, never from the
  // render that started the request (whose URL and conversation may be long gone).
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  /** The conversation the URL (or storage) asks for, as of the latest render. */
  const requestedId = useRef(conversationId);
  requestedId.current = conversationId;
  /** The conversation in state (or about to be): set together with it. */
  const shown = useRef<ConversationState | undefined>();
  const show = useCallback((next: ConversationState | undefined) => {
    shown.current = next;
    setConversation(next);
  }, []);
  /** The query as last rendered, and as it will be once this page's own updates land. */
  const query = useRef({ rendered: '', next: new URLSearchParams() });
  const renderedQuery = params.toString();
  if (query.current.rendered !== renderedQuery) {
    query.current = {
      rendered: renderedQuery,
      next: new URLSearchParams(params),
    };
  }
  const latestSetParams = useRef(setParams);
  latestSetParams.current = setParams;
  const requestCounts = useRef(new Map<string, number>());

  const updateParams = useCallback(
    (changes: Record<string, string | null>, replace = false) => {
      // An answer arriving after the user left the page must not bring them back.
      if (!mounted.current) return;
      const next = new URLSearchParams(query.current.next);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      query.current.next = next;
      latestSetParams.current(next, { replace });
    },
    [],
  );

  const beginRequest = useCallback((action: string) => {
    const count = (requestCounts.current.get(action) ?? 0) + 1;
    requestCounts.current.set(action, count);
    const conversationAtStart = requestedId.current;
    return () =>
      mounted.current &&
      requestCounts.current.get(action) === count &&
      requestedId.current === conversationAtStart;
  }, []);

  // Load the conversation named by the URL or storage. Every run decides the loading flag, so a
  // superseded load cannot leave it on.
  useEffect(() => {
    if (!conversationId) {
      show(undefined);
      setConversationLoading(false);
      setConversationError(undefined);
      return undefined;
    }
    if (shown.current?.conversation.id === conversationId) {
      // Already shown (e.g. just created by this page): nothing to load.
      setConversationLoading(false);
      setConversationError(undefined);
      return undefined;
    }
    let cancelled = false;
    // Another conversation's thread must not stay on screen (nor take messages) meanwhile.
    show(undefined);
    setConversationLoading(true);
    setConversationError(undefined);
    api
      .getConversation(conversationId)
      .then(detail => {
        if (cancelled) return;
        show({ ...detail });
        if (!query.current.next.has('conversation'))
          updateParams({ conversation: conversationId }, true);
      })
      .catch((e: Error) => {
        if (!cancelled) setConversationError(e);
      })
      .finally(() => {
        if (!cancelled) setConversationLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [api, conversationId, reloadCount, show, updateParams]);

  // Keep the stored id in step with the conversation shown.
  useEffect(() => {
    if (conversation && stored !== conversation.conversation.id)
      store(conversation.conversation.id);
  }, [conversation, stored, store]);

  // Load a what-if plan named by the URL.
  useEffect(() => {
    if (!planParam) {
      setWhatIf(undefined);
      setPlanLoading(false);
      setPlanError(undefined);
      return undefined;
    }
    const known = knownPlans.current.get(planParam);
    if (known) {
      setWhatIf(known);
      setPlanLoading(false);
      setPlanError(undefined);
      return undefined;
    }
    if (shown.current?.plan?.id === planParam) {
      setPlanLoading(false);
      setPlanError(undefined);
      return undefined;
    }
    let cancelled = false;
    setPlanLoading(true);
    setPlanError(undefined);
    api
      .getPlan(planParam)
      .then(p => {
        knownPlans.current.set(p.id, p);
        if (!cancelled) setWhatIf(p);
      })
      .catch((e: Error) => {
        if (!cancelled) setPlanError(e);
      })
      .finally(() => {
        if (!cancelled) setPlanLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [api, planParam]);

  const send = useCallback(
    async (text: string): Promise<ConversationTurn | undefined> => {
      const isCurrent = beginRequest('send');
      const target = shown.current?.conversation.id;
      const mine = { text, conversationId: requestedId.current };
      setPending(mine);
      setSendError(undefined);
      try {
        const corrects = target ? undefined : rejectedFirst.current;
        const turn = target
          ? await api.postMessage(target, { text })
          : await api.createConversation(
              corrects === undefined ? { text } : { text, corrects },
            );
        if (!target) rejectedFirst.current = undefined;
        const previous = shown.current;
        if (
          !isCurrent() ||
          (previous && previous.conversation.id !== turn.conversation.id)
        ) {
          // The page moved on to another conversation (or was left): the backend keeps the
          // answer, shown when its conversation is opened. A conversation started before the
          // page was left is the one to reopen.
          if (!target && !mounted.current) store(turn.conversation.id);
          return turn;
        }
        const known = new Set(previous?.messages.map(m => m.id));
        show({
          conversation: turn.conversation,
          messages: [
            ...(previous?.messages ?? []),
            ...turn.messages.filter(m => !known.has(m.id)),
          ],
          intent: turn.intent,
          // A turn that asks a question keeps the previous plan.
          plan: turn.plan ?? previous?.plan ?? null,
        });
        if (!target) store(turn.conversation.id);
        // A new plan from the conversation supersedes a what-if plan.
        updateParams(
          {
            conversation: turn.conversation.id,
            ...(turn.plan ? { plan: null } : {}),
          },
          !target,
        );
        return turn;
      } catch (e) {
        // a rejected correction keeps the first message it corrects
        if (!target && isRejectionWithReading(e) && !rejectedFirst.current)
          rejectedFirst.current = text;
        if (isCurrent()) setSendError(e as Error);
        return undefined;
      } finally {
        setPending(p => (p === mine ? undefined : p));
      }
    },
    [api, beginRequest, show, store, updateParams],
  );

  const startNew = useCallback(() => {
    rejectedFirst.current = undefined;
    show(undefined);
    setConversationError(undefined);
    setSendError(undefined);
    store(null);
    updateParams({ conversation: null, plan: null, tab: 'chat' });
  }, [show, store, updateParams]);

  const openConversation = useCallback(
    (id: string) => {
      setSendError(undefined);
      updateParams({ conversation: id, plan: null, tab: 'chat' });
    },
    [updateParams],
  );

  const retryConversation = useCallback(() => setReloadCount(c => c + 1), []);

  const setTab = useCallback(
    (next: TabId) => updateParams({ tab: next }),
    [updateParams],
  );

  const showPlan = useCallback(
    (p: Plan, options?: { tab?: TabId }) => {
      knownPlans.current.set(p.id, p);
      setWhatIf(p);
      setPlanError(undefined);
      updateParams({
        plan: p.id,
        ...(options?.tab ? { tab: options.tab } : {}),
      });
    },
    [updateParams],
  );

  // One URL update: the plan and the tab change in a single history entry.
  const showConversationPlan = useCallback(
    (options?: { tab?: TabId }) => {
      updateParams({
        plan: null,
        ...(options?.tab ? { tab: options.tab } : {}),
      });
    },
    [updateParams],
  );

  const isWhatIf = Boolean(
    planParam &&
      whatIf &&
      whatIf.id === planParam &&
      whatIf.id !== conversation?.plan?.id,
  );
  const plan = isWhatIf ? whatIf : conversation?.plan ?? undefined;
  const busy = pending !== undefined;
  // A conversation named (by the URL or storage) but not shown yet is loading from this render
  // on: the load effect sets its flag only after the render, and in between the page would offer
  // a fresh composer for a frame, which a fast user (or a browser test) could type into.
  const opening =
    conversationId !== undefined &&
    conversation?.conversation.id !== conversationId &&
    !conversationError;
  const loadingShown = conversationLoading || opening;
  const pendingHere =
    pending && pending.conversationId === conversationId
      ? pending.text
      : undefined;

  const value = useMemo<Workspace>(
    () => ({
      tab,
      setTab,
      conversationId,
      restoring,
      conversation,
      conversationLoading: loadingShown,
      conversationError,
      send,
      busy,
      pending: pendingHere,
      sendError,
      dismissSendError: () => setSendError(undefined),
      startNew,
      openConversation,
      retryConversation,
      plan,
      planLoading,
      planError,
      isWhatIf,
      showPlan,
      showConversationPlan,
      beginRequest,
    }),
    [
      tab,
      setTab,
      conversationId,
      restoring,
      conversation,
      loadingShown,
      conversationError,
      send,
      busy,
      pendingHere,
      sendError,
      startNew,
      openConversation,
      retryConversation,
      plan,
      planLoading,
      planError,
      isWhatIf,
      showPlan,
      showConversationPlan,
      beginRequest,
    ],
  );

  return (
    <WorkspaceContext.Provider value={value}>
      {props.children}
    </WorkspaceContext.Provider>
  );
}
