// bq rm deletes a BigQuery table, view, model or (with -r) a dataset and every table in it.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { optionHints, resourceHint } from '../platforms/evidence';

export const bqRemove: Rule = {
  id: 'gcp/bq-rm',
  severity: 'high',
  verdict: 'confirm',
  reason: 'bq rm deletes a BigQuery table or dataset and its data',
  safer: 'bq cp the table to a backup dataset first',
  tool: 'gcp',
  commands: ['bq'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['--project_id', '--location', '--dataset_id', '--format', '--api', '--apilog'] });
    if (parsed.positionals[0] !== 'rm') return undefined;
    const name = parsed.positionals[1];
    if (name === undefined) return undefined;
    const preAnswered = consentGiven(parsed, ['-f', '--force']);
    return {
      target: name,
      reason: hasOption(parsed, '-r', '--recursive') ? 'bq rm -r deletes the dataset and every table in it' : 'bq rm deletes the BigQuery table or dataset',
      hints: [...optionHints(parsed, 'context', '--project_id'), ...resourceHint(optionValue(parsed, '--project_id') === undefined ? name : undefined, 'dataset')],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
