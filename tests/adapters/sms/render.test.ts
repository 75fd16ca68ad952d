import { type Activity, type Attachment, CardFactory, MessageFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OPT_OUT_WORDS, classifyKeyword } from '../../../src/adapters/sms/keywords.js';
import { renderActivityForSms, resolveNumberedReply, type SmsOption } from '../../../src/adapters/sms/render.js';

const adaptive = (content: Record<string, unknown>): Attachment => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', ...content },
});

describe('renderActivityForSms', () => {
  it('makes the text and the option titles GSM-7 when given the SMS encoding, and leaves them as written without it', () => {
    const activity = MessageFactory.suggestedActions(['Sí', 'No'], '¿Quieres un recordatorio? 🎉');
    expect(renderActivityForSms(activity, {})).toEqual({
      text: '¿Quieres un recordatorio?\n1 Si\n2 No',
      options: [
        { number: 1, title: 'Si', value: 'Sí' },
        { number: 2, title: 'No', value: 'No' },
      ],
    });
    expect(renderActivityForSms(activity, { keepAccents: true }).text).toBe('¿Quieres un recordatorio?\n1 Sí\n2 No');
    expect(renderActivityForSms(activity).text).toBe('¿Quieres un recordatorio? 🎉\n1 Sí\n2 No');
  });

  it('sends plain text as it is, with no options', () => {
    expect(renderActivityForSms({ text: 'How did today go?' })).toEqual({ text: 'How did today go?', options: [] });
  });

  it('numbers suggested actions one per line under the text', () => {
    const activity = MessageFactory.suggestedActions(['Yes', 'Not now'], 'Ready for your check-in?');
    expect(renderActivityForSms(activity)).toEqual({
      text: 'Ready for your check-in?\n1 Yes\n2 Not now',
      options: [
        { number: 1, title: 'Yes', value: 'Yes' },
        { number: 2, title: 'Not now', value: 'Not now' },
      ],
    });
  });

  it('takes the value of imBack, postBack and messageBack actions', () => {
    const activity: Partial<Activity> = {
      text: 'Pick one',
      suggestedActions: {
        to: [],
        actions: [
          { type: 'imBack', title: 'Great', value: 'mood:5' },
          { type: 'postBack', title: 'Okay', value: 'mood:3' },
          { type: 'messageBack', title: 'Rough', text: 'mood:1', displayText: 'Rough', value: { mood: 1 } },
          { type: 'postBack', title: 'Skip', value: { skip: true } },
        ],
      },
    };
    expect(renderActivityForSms(activity).options).toEqual([
      { number: 1, title: 'Great', value: 'mood:5' },
      { number: 2, title: 'Okay', value: 'mood:3' },
      { number: 3, title: 'Rough', value: 'mood:1' },
      { number: 4, title: 'Skip', value: 'Skip' },
    ]);
  });

  it('turns a hero card into its title, subtitle and text, and its buttons into options', () => {
    const card = CardFactory.heroCard(
      'Harbor Food Bank',
      [],
      [
        { type: 'imBack', title: 'Directions', value: 'directions 12' },
        { type: 'openUrl', title: 'Website', value: 'https://harbor.example.org' },
        { type: 'call', title: 'Call', value: 'tel:+12025550199' },
      ],
      { subtitle: 'Open **Mon–Fri** 9–5', text: 'Walk-ins _welcome_' },
    );
    const rendered = renderActivityForSms({ text: 'Here is one near you:', attachments: [card] });
    expect(rendered.text).toBe(
      [
        'Here is one near you:',
        '',
        'Harbor Food Bank',
        'Open Mon–Fri 9–5',
        'Walk-ins welcome',
        'Website: https://harbor.example.org',
        'Call: tel:+12025550199',
        '1 Directions',
      ].join('\n'),
    );
    expect(rendered.options).toEqual([{ number: 1, title: 'Directions', value: 'directions 12' }]);
  });

  it('renders a thumbnail card like a hero card and numbers options across cards', () => {
    const rendered = renderActivityForSms({
      attachments: [
        CardFactory.thumbnailCard('First', [], [{ type: 'imBack', title: 'Save', value: 'save 1' }]),
        CardFactory.heroCard('Second', [], [{ type: 'imBack', title: 'Save', value: 'save 2' }]),
      ],
    });
    expect(rendered.text).toBe('First\n\nSecond\n1 Save\n2 Save');
    expect(rendered.options.map((o) => o.value)).toEqual(['save 1', 'save 2']);
  });

  it('walks an Adaptive Card: text blocks, containers, columns, facts, and submit actions as options', () => {
    const card = adaptive({
      body: [
        { type: 'TextBlock', text: '**Daily check-in**', weight: 'Bolder' },
        { type: 'Image', url: 'https://example.org/x.png' },
        {
          type: 'Container',
          items: [
            { type: 'TextBlock', text: 'How are you feeling?' },
            {
              type: 'ColumnSet',
              columns: [
                { type: 'Column', items: [{ type: 'TextBlock', text: 'Left' }] },
                { type: 'Column', items: [{ type: 'TextBlock', text: 'Right' }] },
              ],
            },
          ],
        },
        { type: 'FactSet', facts: [{ title: 'Streak', value: '12 days' }, { title: 'Goal', value: 'Walk daily' }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Rich ' }, 'text'] },
        { type: 'Input.Text', id: 'note' },
        { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Later', data: 'later' }] },
      ],
      actions: [
        { type: 'Action.Submit', title: 'Good', data: { msteams: { type: 'imBack', value: 'good' } } },
        { type: 'Action.Submit', title: 'Not good', data: { mood: 1 } },
        { type: 'Action.OpenUrl', title: 'Read more', url: 'https://example.org' },
        { type: 'Action.ShowCard', title: 'More', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'hidden' }] } },
      ],
    });
    const rendered = renderActivityForSms({ attachments: [card] });
    expect(rendered.text).toBe(
      [
        'Daily check-in',
        'How are you feeling?',
        'Left',
        'Right',
        'Streak: 12 days',
        'Goal: Walk daily',
        'Rich text',
        'Read more: https://example.org',
        '1 Later',
        '2 Good',
        '3 Not good',
      ].join('\n'),
    );
    expect(rendered.options).toEqual([
      { number: 1, title: 'Later', value: 'later' },
      { number: 2, title: 'Good', value: 'good' },
      { number: 3, title: 'Not good', value: 'Not good' },
    ]);
  });

  it("uses an Adaptive Card's fallback text when its body has no text", () => {
    const card = adaptive({ body: [{ type: 'Image', url: 'x' }], fallbackText: 'Your weekly summary is ready.' });
    expect(renderActivityForSms({ attachments: [card] }).text).toBe('Your weekly summary is ready.');
  });

  it('skips attachments SMS cannot show', () => {
    const rendered = renderActivityForSms({
      text: 'See attached',
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://example.org/a.png' },
        CardFactory.signinCard('Sign in', 'https://example.org'),
        { contentType: 'application/vnd.microsoft.card.hero', content: 'not an object' },
      ],
    });
    expect(rendered).toEqual({ text: 'See attached', options: [] });
  });

  it('survives a pathologically nested card', () => {
    let body: Record<string, unknown> = { type: 'TextBlock', text: 'deep' };
    for (let i = 0; i < 10_000; i += 1) body = { type: 'Container', items: [body] };
    expect(renderActivityForSms({ text: 'top', attachments: [adaptive({ body: [body] })] }).text).toBe('top');
  });

  it.each([
    ['bold', 'You did **great** today', 'You did great today'],
    ['bold with underscores', '__Remember__ to rest', 'Remember to rest'],
    ['italics', 'That is *really* good', 'That is really good'],
    ['underscore italics', 'Take it _slow_', 'Take it slow'],
    ['strike-through', 'a ~~b~~ c', 'a b c'],
    ['link', 'See [the map](https://example.org/map)', 'See the map https://example.org/map'],
    ['heading', '# Resources\nFood', 'Resources\nFood'],
    ['snake_case left alone', 'use check_in_time', 'use check_in_time'],
    ['arithmetic left alone', '2*3*4 = 24', '2*3*4 = 24'],
  ])('strips markdown: %s', (_name, text, expected) => {
    expect(renderActivityForSms({ text }).text).toBe(expected);
  });

  it.each(OPT_OUT_WORDS.map((word) => [word]))('never shows the opt-out word %s as an option to type', (word) => {
    const activity = MessageFactory.suggestedActions(
      [
        { type: 'imBack', title: 'Keep going', value: 'continue' },
        { type: 'imBack', title: word[0] + word.slice(1).toLowerCase(), value: word.toLowerCase() },
      ],
      'Continue?',
    );
    const rendered = renderActivityForSms(activity);
    for (const option of rendered.options) expect(classifyKeyword(option.title)).not.toBe('stop');
    for (const line of rendered.text.split('\n')) {
      expect(classifyKeyword(line.replace(/^\d+ /, ''))).not.toBe('stop');
    }
    // The value the dialog expects is still what a reply of "2" sends.
    expect(resolveNumberedReply('2', rendered.options)).toBe(word.toLowerCase());
  });

  it('shows Cancel as "Never mind" and End as "Done"', () => {
    const rendered = renderActivityForSms(MessageFactory.suggestedActions(['Cancel', 'End'], 'Sure?'));
    expect(rendered.text).toBe('Sure?\n1 Never mind\n2 Done');
  });

  it('lists a repeated option once', () => {
    const rendered = renderActivityForSms(MessageFactory.suggestedActions(['Yes', 'Yes', 'No'], 'Ok?'));
    expect(rendered.options.map((o) => o.title)).toEqual(['Yes', 'No']);
  });
});

describe('resolveNumberedReply', () => {
  const options: SmsOption[] = [
    { number: 1, title: 'Yes', value: 'consent:yes' },
    { number: 2, title: 'Not now', value: 'consent:later' },
    { number: 3, title: 'Sí, claro', value: 'consent:si' },
  ];

  it.each([
    ['1', 'consent:yes'],
    [' 1 ', 'consent:yes'],
    ['1.', 'consent:yes'],
    ['1)', 'consent:yes'],
    ['#1', 'consent:yes'],
    ['# 2', 'consent:later'],
    ['2', 'consent:later'],
    ['yes', 'consent:yes'],
    ['YES!', 'consent:yes'],
    ['not now', 'consent:later'],
    ['  Not   Now. ', 'consent:later'],
    ['si, claro', 'consent:si'],
  ])('%j picks %s', (reply, expected) => {
    expect(resolveNumberedReply(reply, options)).toBe(expected);
  });

  it.each([['4'], ['0'], ['one'], ['1 and 2'], ['yes please'], ['12'], ['I feel like 1 today'], ['']])(
    'leaves %j as it is',
    (reply) => {
      expect(resolveNumberedReply(reply, options)).toBe(reply);
    },
  );

  it('leaves every reply alone when there are no options', () => {
    expect(resolveNumberedReply('1', [])).toBe('1');
  });
});
