import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorShape } from '../../../../../shared/contract/errors';
import type { PolicyDetail } from '../../../../../shared/domain/policies';
import { call } from '../../../client';
import { useDrafts } from '../../../store/drafts';

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; error: ErrorShape };

interface AutosaveOptions {
  policyId: string;
  /** The id of the open draft being edited; null when nothing is editable. */
  versionId: number | null;
  /** The text of that version as the vault has it. */
  savedBody: string;
  onSaved: (policy: PolicyDetail) => void;
}

export interface Autosave {
  /** What the person sees and types: never replaced by an answer from the vault. */
  text: string;
  state: SaveState;
  /** True while typed text is not yet in the vault. */
  unsaved: boolean;
  change(text: string): void;
  /** Saves now (before submitting for review, say); resolves true when the vault has the text. */
  flush(): Promise<boolean>;
}

/**
 * Autosave of the open draft: about a second after typing stops the text goes
 * to policies.saveDraft. Typing carries on while a save is under way; whatever
 * was typed meanwhile is saved next. A failed save keeps the text, says why,
 * and is tried again at the next change. Text not yet saved when the page
 * closes is kept in memory and saved once more, so typing is never lost.
 */
export function useAutosave({ policyId, versionId, savedBody, onSaved }: AutosaveOptions): Autosave {
  const draftKey = `policy:${policyId}:${versionId ?? 'none'}`;
  const [initial] = useState(() => {
    const kept = useDrafts.getState().drafts[draftKey];
    return typeof kept === 'string' && versionId !== null ? kept : savedBody;
  });
  const [text, setText] = useState(initial);
  const [state, setState] = useState<SaveState>(initial === savedBody ? { status: 'idle' } : { status: 'pending' });

  const textRef = useRef(initial);
  const savedRef = useRef(savedBody);
  const timerRef = useRef<number | null>(null);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const saveRef = useRef<() => Promise<boolean>>(async () => true);
  const schedule = useCallback((delay = AUTOSAVE_DELAY_MS) => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => {
      timerRef.current = null;
      void saveRef.current();
    }, delay);
  }, []);

  useEffect(() => {
    saveRef.current = async () => {
      if (versionId === null) return true;
      // One save at a time: wait for the one under way, then save what is there now.
      while (inFlightRef.current) await inFlightRef.current;
      const body = textRef.current;
      if (body === savedRef.current) return true;
      const run = (async () => {
        setState({ status: 'saving' });
        const result = await call('policies.saveDraft', { id: policyId, body });
        if (!result.ok) {
          setState({ status: 'failed', error: result.error });
          return false;
        }
        savedRef.current = body;
        onSavedRef.current(result.value);
        if (textRef.current === body) {
          useDrafts.getState().discard(draftKey);
          setState({ status: 'saved', at: new Date() });
        } else {
          setState({ status: 'pending' });
          schedule();
        }
        return true;
      })();
      inFlightRef.current = run;
      try {
        return await run;
      } finally {
        inFlightRef.current = null;
      }
    };
  }, [draftKey, policyId, schedule, versionId]);

  // Text restored from an earlier visit that never reached the vault: save it again.
  useEffect(() => {
    if (textRef.current !== savedRef.current) schedule();
  }, [schedule]);

  // Leaving the page: keep unsaved text in memory and try once more to save it.
  useEffect(
    () => () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      if (versionId === null || textRef.current === savedRef.current) return;
      useDrafts.getState().keep(draftKey, textRef.current);
      void saveRef.current();
    },
    [draftKey, versionId],
  );

  const change = useCallback(
    (next: string) => {
      textRef.current = next;
      setText(next);
      if (next === savedRef.current && !inFlightRef.current) {
        if (timerRef.current !== null) window.clearTimeout(timerRef.current);
        setState((s) => (s.status === 'failed' || s.status === 'pending' ? { status: 'idle' } : s));
        return;
      }
      setState((s) => (s.status === 'saving' ? s : { status: 'pending' }));
      schedule();
    },
    [schedule],
  );

  const flush = useCallback(async () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
    return saveRef.current();
  }, []);

  const unsaved = state.status === 'pending' || state.status === 'saving' || state.status === 'failed';
  return { text, state, unsaved, change, flush };
}
