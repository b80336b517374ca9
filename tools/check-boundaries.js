#!/usr/bin/env node
// Enforces the dependency rules between workspace projects from their Nx tags (package.json "nx.tags"):
// dependencies point inward, and the pure layers import no framework, driver or client.
// Usage: node tools/check-boundaries.js <project-dir>
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** For each project type: which workspace project types it may import, and whether npm packages are allowed. */
const RULES = {
  'type:contracts': { projects: [], packages: false },
  'type:domain': { projects: ['type:contracts'], packages: false },
  'type:data-access': { projects: ['type:contracts', 'type:domain', 'type:data-access'], packages: true },
  'type:testing': { projects: ['type:contracts', 'type:domain', 'type:data-access', 'type:testing'], packages: true },
  'type:app': { projects: ['type:contracts', 'type:domain', 'type:data-access'], packages: true },
};

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const workspaceProjects = () => {
  const projects = new Map();
  for (const group of ['apps', 'libs']) {
    for (const name of readdirSync(join(root, group))) {
      const manifest = join(root, group, name, 'package.json');
      try {
        const pkg = readJson(manifest);
        projects.set(pkg.name, { dir: join(root, group, name), tags: pkg.nx?.tags ?? [] });
      } catch {
        // not a project folder
      }
    }
  }
  return projects;
};

const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });

const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

const importsOf = (file) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2]);

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

const projectDir = resolve(process.argv[2] ?? '.');
const projects = workspaceProjects();
const self = [...projects.entries()].find(([, p]) => p.dir === projectDir);
if (!self) {
  console.error(`check-boundaries: ${projectDir} is not a workspace project`);
  process.exit(2);
}
const [selfName, { tags }] = self;
const typeTag = tags.find((t) => t.startsWith('type:'));
const rule = RULES[typeTag];
if (!rule) {
  console.error(`check-boundaries: ${selfName} needs a known type tag (${Object.keys(RULES).join(', ')})`);
  process.exit(2);
}

const violations = [];
for (const file of sourceFiles(join(projectDir, 'src'))) {
  const isSpec = file.endsWith('.spec.ts');
  for (const specifier of importsOf(file)) {
    if (specifier.startsWith('.')) continue;
    const name = packageName(specifier);
    const target = projects.get(name);
    if (target) {
      const targetType = target.tags.find((t) => t.startsWith('type:'));
      // Specs may use the shared test helpers whatever the layer.
      const allowed = rule.projects.includes(targetType) || (isSpec && targetType === 'type:testing');
      if (name !== selfName && !allowed) violations.push(`${file}: ${typeTag} may not import ${name} (${targetType})`);
    } else if (!rule.packages && !isSpec) {
      violations.push(`${file}: ${typeTag} may not import the package '${specifier}'`);
    }
  }
}

if (violations.length > 0) {
  console.error(`Module boundary violations in ${selfName}:\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log(`${selfName}: module boundaries respected (${typeTag})`);
