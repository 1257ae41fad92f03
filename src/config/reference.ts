import { GROUP_ORDER, VARIABLES, flagName, type VarSpec } from './schema.ts';

/** docs/reference.md, made from the schema so the two cannot drift (a test compares them). */
export function renderReference(): string {
  const specs = VARIABLES as readonly VarSpec[];
  const out = [
    '# Configuration reference',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every variable can be set as a Heroku config var (`heroku config:set NAME=VALUE`), as an environment',
    'variable, or for the `halcyon` command as the option `--name` (e.g. `HALCYON_S3_BUCKET` is `--s3-bucket`).',
    'Precedence for `halcyon`: options, then environment variables, then `.halcyon/<file>` in the app, then',
    'a `.env` file in the current directory. On a Heroku compile, variables marked *not a config var* come only',
    'from the process environment; their defaults are right for Heroku.',
    '',
    'Booleans accept `1`, `true`, `yes`, `on` and `0`, `false`, `no`, `off`.',
    '',
  ];
  for (const group of GROUP_ORDER) {
    const inGroup = specs.filter((s) => s.group === group);
    if (inGroup.length === 0) continue;
    out.push(`## ${group}`, '');
    for (const spec of inGroup) out.push(...renderVariable(spec), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderVariable(spec: VarSpec): string[] {
  const facts = [
    `- Default: ${spec.defaultText}`,
    `- Accepts: ${accepted(spec)}`,
    ...(spec.aliases?.length ? [`- Also read as: ${spec.aliases.map((a) => `\`${a}\``).join(', ')} (older names)`] : []),
    ...(spec.shimOnly ? ['- Read by the shell shims, before Node runs'] : [`- Option: \`${flagName(spec.name)}\``]),
    ...(spec.magic ? [`- File: \`.halcyon/${spec.magic}\` in the app`] : []),
    ...(spec.scope === 'process' ? ['- Not a config var: process environment only'] : []),
    ...(spec.secret ? ['- Secret: never printed'] : []),
  ];
  return [`### \`${spec.name}\``, '', spec.doc, '', ...facts];
}

function accepted(spec: VarSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'a boolean';
    case 'path':
      return 'an absolute path';
    case 'enum':
      return (spec.values ?? []).map((v) => `\`${v}\``).join(', ');
    case 'string':
      return 'text';
    case 'integer':
      return `a whole number from ${spec.range?.[0] ?? 0} to ${spec.range?.[1] ?? 'any'}`;
    case 'duration':
      return 'a duration (`90s`, `20m`, `1h30m`)';
  }
}
