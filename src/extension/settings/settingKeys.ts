// One list of our setting ids: the schema in package.json, the compiler and the change
// listener all use these names, and the listener reacts to nothing else.

export const SECTION = 'destructiveGate';

export const SettingKey = {
  enabled: 'enabled',
  rules: 'rules',
  disabledRules: 'disabledRules',
  verdictOverrides: 'verdictOverrides',
  allow: 'allow',
  environments: 'environments',
  protectedBranches: 'protectedBranches',
  disposablePaths: 'disposablePaths',
  confirmTimeoutSeconds: 'confirmTimeoutSeconds',
  confirmDelaySeconds: 'confirmDelaySeconds',
  failMode: 'failMode',
  auditEnabled: 'audit.enabled',
  auditMaxFileSizeMB: 'audit.maxFileSizeMB',
  auditMaxFiles: 'audit.maxFiles',
} as const;

export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

export const ALL_SETTING_KEYS: readonly SettingKey[] = Object.values(SettingKey);

/** Raw values as read from the configuration (any scope merged), untrusted. */
export type RawSettings = Partial<Record<SettingKey, unknown>>;
