import { describe, expect, it } from 'vitest';
import { fishAsPosix } from '../../src/cli/shell/fishText';
import { evaluate } from '../../src/engine/evaluate';

describe('fish lines as the engine reads them', () => {
  it('reads a typed function definition as a definition, and a printed one before its call as the body that runs', () => {
    expect(fishAsPosix('function wipe; rm -rf /srv/data; end')).toBe('wipe() {\n rm -rf /srv/data\n}');
    const call = fishAsPosix('function wipe\n    rm -rf /srv/data\nend\nwipe');
    expect(call).toBe('wipe() {\n    rm -rf /srv/data\n}\nwipe');
    expect(evaluate({ command: call, cwd: '/srv', env: {} }).verdict).not.toBe('allow');
  });

  it('chains `; and` / `; or` as && / ||', () => {
    expect(fishAsPosix('make; and rm -rf build; or echo no')).toBe('make && rm -rf build || echo no');
  });
});
