import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type Lookup = MetadataStorage['getTargetValidationMetadatas'];
type Rules = ReturnType<Lookup>;
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;

const memoized = new WeakSet<MetadataStorage>();

/**
 * Makes class-validator remember each class's rules. On every validate() it finds them again by testing every
 * decorated class of the program for inheritance and filtering their rules (class-validator issue #2686), then
 * regroups them by property: about a twentieth of a command's work, and a tenth of what a request allocates. A
 * class's rules are complete once its declaration has run, which is before any instance of it can be validated, so
 * the answer for a class and the options is kept. Registering any rule afterwards (a class declared later, a schema)
 * forgets everything kept, so no answer can be stale. The validator only reads what these lookups return.
 */
export const memoizeValidationMetadata = (storage: MetadataStorage = getMetadataStorage()): void => {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const register = storage.addValidationMetadata.bind(storage);
  let rulesOf = new WeakMap<object, Map<string, Rules>>();
  let groupsOf = new WeakMap<Rules, Grouped>();

  storage.addValidationMetadata = (metadata) => {
    rulesOf = new WeakMap();
    groupsOf = new WeakMap();
    register(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const flags = `${always ? 1 : 0}${strictGroups ? 1 : 0}`;
    const options = schema === undefined && groups === undefined ? flags : flags + JSON.stringify([schema, groups]);
    let known = rulesOf.get(target);
    if (known === undefined) {
      known = new Map();
      rulesOf.set(target, known);
    }
    let rules = known.get(options);
    if (rules === undefined) {
      rules = lookup(target, schema, always, strictGroups, groups);
      known.set(options, rules);
    }
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let grouped = groupsOf.get(rules);
    if (grouped === undefined) {
      grouped = group(rules);
      groupsOf.set(rules, grouped);
    }
    return grouped;
  };
};
