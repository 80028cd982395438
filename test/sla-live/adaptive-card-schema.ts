import { Ajv } from 'ajv';

/**
 * A minimal JSON schema for the subset of Adaptive Cards 1.5 that Triage's SLA cards use (TextBlock,
 * FactSet, ColumnSet/Column, Container, Action.Submit), written from the Adaptive Cards 1.5 schema
 * reference: required fields, enums and no unknown properties. The official schema is not vendored
 * (it is fetched from adaptivecards.io and no network is available here), so this is stricter on the
 * elements it knows and refuses any other element type.
 */
const spacing = { enum: ['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding'] };
const containerStyle = { enum: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'] };
const common = { id: { type: 'string' }, spacing, separator: { type: 'boolean' }, isVisible: { type: 'boolean' } };

export const adaptiveCardSchema = {
  $id: 'triage-adaptive-card-1.5-subset',
  type: 'object',
  required: ['type', 'version', 'body'],
  additionalProperties: false,
  properties: {
    type: { const: 'AdaptiveCard' },
    $schema: { type: 'string' },
    version: { const: '1.5' },
    body: { type: 'array', items: { $ref: '#/definitions/element' } },
    actions: { type: 'array', items: { $ref: '#/definitions/action' } },
  },
  definitions: {
    element: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: ['TextBlock', 'FactSet', 'ColumnSet', 'Container'] } },
      allOf: [
        { if: { properties: { type: { const: 'TextBlock' } } }, then: { $ref: '#/definitions/TextBlock' } },
        { if: { properties: { type: { const: 'FactSet' } } }, then: { $ref: '#/definitions/FactSet' } },
        { if: { properties: { type: { const: 'ColumnSet' } } }, then: { $ref: '#/definitions/ColumnSet' } },
        { if: { properties: { type: { const: 'Container' } } }, then: { $ref: '#/definitions/Container' } },
      ],
    },
    TextBlock: {
      type: 'object',
      required: ['type', 'text'],
      additionalProperties: false,
      properties: {
        ...common,
        type: { const: 'TextBlock' },
        text: { type: 'string', minLength: 1 },
        wrap: { type: 'boolean' },
        maxLines: { type: 'integer', minimum: 1 },
        size: { enum: ['Default', 'Small', 'Medium', 'Large', 'ExtraLarge'] },
        weight: { enum: ['Default', 'Lighter', 'Bolder'] },
        color: { enum: ['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention'] },
        fontType: { enum: ['Default', 'Monospace'] },
        horizontalAlignment: { enum: ['Left', 'Center', 'Right'] },
        isSubtle: { type: 'boolean' },
        style: { enum: ['default', 'heading'] },
      },
    },
    FactSet: {
      type: 'object',
      required: ['type', 'facts'],
      additionalProperties: false,
      properties: {
        ...common,
        type: { const: 'FactSet' },
        facts: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['title', 'value'], additionalProperties: false, properties: { title: { type: 'string' }, value: { type: 'string' } } },
        },
      },
    },
    Column: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        ...common,
        type: { const: 'Column' },
        items: { type: 'array', items: { $ref: '#/definitions/element' } },
        width: { anyOf: [{ enum: ['auto', 'stretch'] }, { type: 'number', exclusiveMinimum: 0 }, { type: 'string', pattern: '^[0-9]+px$' }] },
        style: containerStyle,
        verticalContentAlignment: { enum: ['Top', 'Center', 'Bottom'] },
        bleed: { type: 'boolean' },
        minHeight: { type: 'string', pattern: '^[0-9]+px$' },
      },
    },
    ColumnSet: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        ...common,
        type: { const: 'ColumnSet' },
        columns: { type: 'array', items: { $ref: '#/definitions/Column' } },
        style: containerStyle,
        bleed: { type: 'boolean' },
        horizontalAlignment: { enum: ['Left', 'Center', 'Right'] },
      },
    },
    Container: {
      type: 'object',
      required: ['type', 'items'],
      additionalProperties: false,
      properties: {
        ...common,
        type: { const: 'Container' },
        items: { type: 'array', items: { $ref: '#/definitions/element' } },
        style: containerStyle,
        verticalContentAlignment: { enum: ['Top', 'Center', 'Bottom'] },
        bleed: { type: 'boolean' },
      },
    },
    action: {
      type: 'object',
      required: ['type', 'title'],
      additionalProperties: false,
      properties: {
        type: { const: 'Action.Submit' },
        id: { type: 'string' },
        title: { type: 'string', minLength: 1 },
        data: { type: ['object', 'string'] },
        style: { enum: ['default', 'positive', 'destructive'] },
        associatedInputs: { enum: ['auto', 'none'] },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(adaptiveCardSchema);

/** Schema errors of a card (empty when it is valid), as "path: message" lines. */
export function cardProblems(card: unknown): string[] {
  if (validate(card)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}`);
}

/** The Adaptive Card content of a posted activity's first attachment. */
export function cardOf(activity: { attachments?: Array<{ contentType?: string; content?: unknown }> } | undefined): unknown {
  const attachment = activity?.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error(`not an Adaptive Card: ${JSON.stringify(activity)?.slice(0, 200)}`);
  return attachment.content;
}
