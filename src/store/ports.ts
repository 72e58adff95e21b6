/**
 * Storage ports. The core, dialogs and channels depend only on these
 * interfaces; lowdb implements them for one process, and other stores can
 * implement the same contract.
 *
 * Every method that changes data resolves only after the change is durable
 * (on disk, for the embedded store), so a reply that says "saved" is true.
 */
import type { Platform } from '../core/messages.js';

/** What we know about a person. Only what recommendations need; every field optional. */
export interface Profile {
  userKey: string;
  platform: Platform;
  createdAt: string;
  updatedAt: string;
  /** Content role id of the person's current role, when matched. */
  roleId?: string;
  /** Agenda for Change band, e.g. "3". */
  band?: string;
  /** Area of work, in the person's words (e.g. "emergency department"). */
  area?: string;
  /** Requirement ids the person told us they hold (e.g. level2-maths-english). */
  held?: string[];
  /** The person's line manager, as a user key on the same platform. */
  managerKey?: string;
  /** Display name of the manager, for messages. */
  managerName?: string;
  /** Role id the person saved as their goal. */
  goalRoleId?: string;
  /** Whether the first-contact welcome and profile questions have been shown. */
  onboarded?: boolean;
  /** Platform identifiers used to match bulk imports (e.g. AAD object id, e-mail). */
  aliases?: string[];
}

/** Where a person is in a dialog in one conversation. */
export interface DialogState {
  dialog: string;
  step: string;
  data: Record<string, unknown>;
  /** Steps visited before this one, for "back". */
  history: string[];
  /** How many times in a row this step could not use the answer. */
  misses: number;
  /** Dialogs paused to answer another question, most recent last. */
  paused?: Array<{ dialog: string; step: string; data: Record<string, unknown>; history: string[] }>;
  updatedAt: string;
}

/** How to reach a person proactively: opaque to the core, owned by the channel adapter. */
export interface ConversationRef {
  userKey: string;
  platform: Platform;
  ref: unknown;
  updatedAt: string;
}

export interface ProfileStore {
  get(userKey: string): Promise<Profile | undefined>;
  put(profile: Profile): Promise<void>;
  delete(userKey: string): Promise<boolean>;
  count(): Promise<number>;
}

export interface DialogStateStore {
  get(userKey: string, conversationKey: string): Promise<DialogState | undefined>;
  /** Saves the state, or clears it when `state` is undefined. */
  put(userKey: string, conversationKey: string, state: DialogState | undefined): Promise<void>;
  deleteUser(userKey: string): Promise<number>;
}

export interface ConversationRefStore {
  get(userKey: string): Promise<ConversationRef | undefined>;
  put(ref: ConversationRef): Promise<void>;
  delete(userKey: string): Promise<boolean>;
}

export interface StoreHealth {
  ok: boolean;
  kind: string;
  detail?: string;
}

export interface Store {
  readonly profiles: ProfileStore;
  readonly dialogs: DialogStateStore;
  readonly refs: ConversationRefStore;
  health(): Promise<StoreHealth>;
  /** Waits for pending writes and releases files or connections. */
  close(): Promise<void>;
}

/** The store refused to open, e.g. a corrupt data file. The message names the file and the fix. */
export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
