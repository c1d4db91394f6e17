import { describe, expect, it } from 'vitest';
import { metadataOwnerReferences } from '../../../lib/rules/metadata/metadata-owner-references';
import { build, ruleCases, runRule } from '../rule-cases';

const owner = { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'd9607e19-f88f-11e6-a518-42010a800195' };

ruleCases(metadataOwnerReferences, {
  valid: [
    { name: 'an owner reference is complete', metadata: { ownerReferences: [owner] } },
    { name: 'one of two owners is the controller', metadata: { ownerReferences: [{ ...owner, controller: true }, { ...owner, name: 'other' }] } },
    { name: 'the owner has a group', metadata: { ownerReferences: [{ ...owner, apiVersion: 'apps/v1', kind: 'Deployment' }] } },
  ],
  invalid: [
    { name: 'the owner name is empty', metadata: { ownerReferences: [{ ...owner, name: '' }] }, errors: ['metadata.ownerReferences.name'] },
    { name: 'the uid is missing', metadata: { ownerReferences: [{ ...owner, uid: undefined }] }, errors: ['metadata.ownerReferences.uid'] },
    {
      name: 'apiVersion and kind are missing',
      metadata: { ownerReferences: [{ name: 'owner', uid: 'u' }] },
      errors: ['metadata.ownerReferences.apiVersion', 'metadata.ownerReferences.kind'],
    },
    { name: 'an Event is the owner', metadata: { ownerReferences: [{ ...owner, kind: 'Event' }] }, errors: ['metadata.ownerReferences'] },
    {
      name: 'two owners are the controller',
      metadata: { ownerReferences: [{ ...owner, controller: true }, { ...owner, name: 'other', controller: true }] },
      errors: ['metadata.ownerReferences'],
    },
    {
      name: 'the owner name is empty on 1.37 (the item is named)',
      versions: ['1.37'],
      metadata: { ownerReferences: [owner, { ...owner, name: '' }] },
      errors: ['metadata.ownerReferences[1].name'],
    },
    {
      name: 'the apiVersion does not parse on 1.37',
      versions: ['1.37'],
      metadata: { ownerReferences: [{ ...owner, apiVersion: 'a/b/c' }] },
      errors: ['metadata.ownerReferences[0].apiVersion'],
    },
  ],
});

describe('metadata-owner-references messages', () => {
  it.each([
    ['1.33', 'Invalid value: "": name must not be empty'],
    ['1.34', 'Invalid value: "": must not be empty'],
    ['1.37', 'Required value: must not be empty'],
  ])('words an empty name as %s does', (version, message) => {
    const [v] = runRule(metadataOwnerReferences, build('Job', { metadata: { ownerReferences: [{ ...owner, name: '' }] } }), version);
    expect(v.message).toBe(message);
  });
});
