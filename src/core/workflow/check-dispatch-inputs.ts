import { readDispatchTrigger } from './read-dispatch-trigger.js';

/**
 * Why GitHub would refuse a `workflow_dispatch` with `sent` inputs on this workflow, with the exact YAML to add;
 * undefined when it would accept it.
 */
export function checkDispatchInputs(
  workflowYaml: string,
  sent: readonly string[],
  options: { file: string },
): string | undefined {
  const trigger = readDispatchTrigger(workflowYaml);
  if (trigger === undefined) return `${options.file} is not a readable workflow file`;
  const missing = sent.filter((name) => !trigger.inputs.includes(name));
  const unsent = trigger.required.filter((name) => !sent.includes(name));
  if (trigger.present && missing.length === 0 && unsent.length === 0) return undefined;
  const problems = [
    ...(trigger.present ? [] : ['it has no workflow_dispatch trigger']),
    ...(trigger.present && missing.length > 0
      ? [`its workflow_dispatch does not declare ${missing.join(', ')}`]
      : []),
    ...(unsent.length > 0
      ? [`it requires input(s) the chain does not send: ${unsent.join(', ')} (make them required: false)`]
      : []),
  ];
  const yaml = dispatchYaml(missing.length > 0 || !trigger.present ? sent : []);
  return (
    `the next hop cannot be dispatched: GitHub would refuse it because ${options.file} ${problems.join('; ')}. ` +
    `Add this to ${options.file} (merged into its on: block):\n\n${yaml}`
  );
}

function dispatchYaml(inputs: readonly string[]): string {
  const lines = ['on:', '  workflow_dispatch:'];
  if (inputs.length > 0) lines.push('    inputs:');
  for (const name of inputs) {
    lines.push(
      `      ${name}:`,
      `        description: Sent by Telefonistka when the previous hop merged`,
      '        required: false',
    );
  }
  return lines.map((line) => `    ${line}`).join('\n');
}
