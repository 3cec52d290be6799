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
import { serveplanApiRef } from '../../api';
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
  conversation: ConversationState | undefined;
  conversationLoading: boolean;
  conversationError: Error | undefined;
  /** Sends a request (starting a conversation) or a follow-up. Resolves with the turn, or undefined on error. */
  send(text: string): Promise<ConversationTurn | undefined>;
  /** The text being answered, while a request is in flight. */
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
  showConversationPlan(): void;
}

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value)
    throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
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
  const [pending, setPending] = useState<string | undefined>();
  const [sendError, setSendError] = useState<Error | undefined>();
  const [whatIf, setWhatIf] = useState<Plan | undefined>();
  const [planLoading, setPlanLoading] = useState(false);
  const [planError, setPlanError] = useState<Error | undefined>();
  // The conversation created by this page instance: already in state, nothing to load.
  const createdHere = useRef<string | undefined>();
  // Plans this page already holds (shown from Explore), so naming one in the URL fetches nothing.
  const knownPlans = useRef(new Map<string, Plan>());

  const updateParams = useCallback(
    (changes: Record<string, string | null>, replace = false) => {
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  // Load the conversation named by the URL or storage.
  useEffect(() => {
    if (!conversationId) {
      setConversation(undefined);
      setConversationError(undefined);
      return undefined;
    }
    if (
      conversation?.conversation.id === conversationId ||
      createdHere.current === conversationId
    ) {
      return undefined;
    }
    let cancelled = false;
    setConversationLoading(true);
    setConversationError(undefined);
    api
      .getConversation(conversationId)
      .then(detail => {
        if (cancelled) return;
        setConversation({ ...detail });
        if (!conversationParam)
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
    // conversation is read only to skip a reload of what is already shown
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, conversationId, reloadCount]);

  // Keep the stored id in step with the conversation shown.
  useEffect(() => {
    if (conversation && stored !== conversation.conversation.id)
      store(conversation.conversation.id);
  }, [conversation, stored, store]);

  // Load a what-if plan named by the URL.
  useEffect(() => {
    if (!planParam) {
      setWhatIf(undefined);
      setPlanError(undefined);
      return undefined;
    }
    const known = knownPlans.current.get(planParam);
    if (known) {
      setWhatIf(known);
      setPlanError(undefined);
      return undefined;
    }
    if (conversation?.plan?.id === planParam) return undefined;
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, planParam]);

  const send = useCallback(
    async (text: string): Promise<ConversationTurn | undefined> => {
      setPending(text);
      setSendError(undefined);
      try {
        const current = conversation?.conversation.id;
        const turn = current
          ? await api.postMessage(current, { text })
          : await api.createConversation({ text });
        setConversation(previous => ({
          conversation: turn.conversation,
          messages:
            previous && previous.conversation.id === turn.conversation.id
              ? [...previous.messages, ...turn.messages]
              : turn.messages,
          intent: turn.intent,
          // A turn that asks a question keeps the previous plan.
          plan:
            turn.plan ??
            (previous?.conversation.id === turn.conversation.id
              ? previous.plan
              : null),
        }));
        if (!current) {
          createdHere.current = turn.conversation.id;
          store(turn.conversation.id);
        }
        // A new plan from the conversation supersedes a what-if plan.
        updateParams(
          {
            conversation: turn.conversation.id,
            ...(turn.plan ? { plan: null } : {}),
          },
          !current,
        );
        return turn;
      } catch (e) {
        setSendError(e as Error);
        return undefined;
      } finally {
        setPending(undefined);
      }
    },
    [api, conversation, store, updateParams],
  );

  const startNew = useCallback(() => {
    createdHere.current = undefined;
    setConversation(undefined);
    setConversationError(undefined);
    setSendError(undefined);
    store(null);
    updateParams({ conversation: null, plan: null, tab: 'chat' });
  }, [store, updateParams]);

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

  const showConversationPlan = useCallback(() => {
    updateParams({ plan: null });
  }, [updateParams]);

  const isWhatIf = Boolean(
    planParam &&
      whatIf &&
      whatIf.id === planParam &&
      whatIf.id !== conversation?.plan?.id,
  );
  const plan = isWhatIf ? whatIf : conversation?.plan ?? undefined;

  const value = useMemo<Workspace>(
    () => ({
      tab,
      setTab,
      conversationId,
      restoring,
      conversation,
      conversationLoading,
      conversationError,
      send,
      pending,
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
    }),
    [
      tab,
      setTab,
      conversationId,
      restoring,
      conversation,
      conversationLoading,
      conversationError,
      send,
      pending,
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
    ],
  );

  return (
    <WorkspaceContext.Provider value={value}>
      {props.children}
    </WorkspaceContext.Provider>
  );
}
