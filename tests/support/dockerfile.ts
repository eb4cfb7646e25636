/** One instruction of a Dockerfile: its keyword upper-cased, its arguments, and for JSON form the parsed array. */
export interface Instruction {
  keyword: string;
  args: string;
  json?: string[];
}

/**
 * A small instruction-level reader of Dockerfiles (no Dockerfile parser is installed here):
 * comments and blank lines dropped, backslash continuations joined, the exec form of
 * CMD/ENTRYPOINT/RUN parsed as JSON. Enough to check a file's stages, users and commands.
 */
export function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    if (pending && line.trimStart().startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push((pending + line).trim());
    pending = '';
  }
  if (pending) throw new Error('the Dockerfile ends inside a continued line');
  return logical.map((line) => {
    const match = /^([A-Za-z]+)\s+(.*)$/s.exec(line);
    if (!match) throw new Error(`not an instruction: ${line}`);
    const keyword = match[1].toUpperCase();
    const args = match[2].trim();
    const json = args.startsWith('[') ? (JSON.parse(args) as string[]) : undefined;
    return { keyword, args, ...(json ? { json } : {}) };
  });
}

/** The instructions grouped by stage, each stage named by its FROM line's `AS` name (or its index). */
export function stagesOf(instructions: Instruction[]): { name: string; image: string; instructions: Instruction[] }[] {
  const stages: { name: string; image: string; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      stages.push({ name: as?.toUpperCase() === 'AS' ? name : String(stages.length), image, instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    } else if (instruction.keyword !== 'ARG') {
      throw new Error(`${instruction.keyword} before the first FROM`);
    }
  }
  return stages;
}
