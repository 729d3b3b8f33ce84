// Everything the settings decide, compiled: the engine's Policy plus what the extension itself
// enforces (timeouts, fail mode, audit). Plain data, vscode-free, so it can be compared,
// stored as the approved baseline and unit-tested.

import type { FailMode } from '../../protocol/messages';
import { DEFAULT_POLICY, type Policy } from '../../engine/model/policy';

export interface AuditSettings {
  enabled: boolean;
  maxFileSizeMB: number;
  maxFiles: number;
}

export interface GateSettings {
  policy: Policy;
  confirmTimeoutSeconds: number;
  confirmDelaySeconds: number;
  failMode: FailMode;
  audit: AuditSettings;
}

export interface SettingsProblem {
  /** The exact setting key, with the index or property inside it: `destructiveGate.rules[2].regex`. */
  key: string;
  reason: string;
}

export const DEFAULT_CONFIRM_TIMEOUT_SECONDS = 120;
export const DEFAULT_CONFIRM_DELAY_SECONDS = 3;

export const DEFAULT_SETTINGS: GateSettings = {
  policy: DEFAULT_POLICY,
  confirmTimeoutSeconds: DEFAULT_CONFIRM_TIMEOUT_SECONDS,
  confirmDelaySeconds: DEFAULT_CONFIRM_DELAY_SECONDS,
  failMode: 'deny',
  audit: { enabled: true, maxFileSizeMB: 10, maxFiles: 5 },
};

/** JSON form for storage (sets become sorted arrays). */
export function settingsToJson(s: GateSettings): unknown {
  return { ...s, policy: { ...s.policy, disabledRules: [...s.policy.disabledRules].sort() } };
}
