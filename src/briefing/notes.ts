/**
 * Speaker notes for the presenter view: the release's own `notes` when it has them, otherwise
 * talking points made from what the slide shows (the figures of an organization profile, the dated
 * events of the timeline…), so the speaker is never left with an empty notes pane. Pure.
 */
import type { Slide } from '../deck/plan';

export interface SpeakerNotes {
  /** One talking point per line. */
  lines: string[];
  /** True when PressDeck wrote them from the slide; false when they are the release author's. */
  generated: boolean;
}

export function speakerNotes(slide: Slide): SpeakerNotes {
  if (slide.notes) return { lines: [slide.notes], generated: false };
  return { lines: generatedLines(slide).filter((l) => l.trim() !== ''), generated: true };
}

function generatedLines(slide: Slide): string[] {
  switch (slide.kind) {
    case 'title':
      return [`Introduce: ${slide.heading}.`, `Issued by ${slide.issuer} on ${slide.date}.`];
    case 'lead':
      return [firstSentence(slide.text)];
    case 'section':
      return [
        `${slide.heading}.`,
        ...slide.paragraphs.map(firstSentence),
        ...(slide.points.length > 0 ? [`${slide.points.length} points: ${slide.points.join('; ')}.`] : []),
      ];
    case 'timeline':
      return slide.events.map((e) => `${e.dateLabel}: ${e.text}${e.highlight ? ' (this release)' : ''}.`);
    case 'ceremony':
      return [
        `${slide.caption}.`,
        [slide.occasion, slide.place, slide.date].filter(Boolean).join(', ') + '.',
        `Parties: ${slide.parties.map((p) => `${p.short} (${p.name}${p.region ? `, ${p.region}` : ''})`).join(' and ')}.`,
      ];
    case 'organization':
      return [
        `${slide.name}${slide.short ? ` (${slide.short})` : ''}.`,
        // "Label: value" reads aloud in one breath, whatever order the slide sets them in.
        ...slide.figures.map((f) => `${capitalize(f.label)}: ${f.value}.`),
        ...slide.facts.map((f) => `${f.label}: ${f.value}.`),
        firstSentence(slide.summary),
      ];
    case 'comparison':
      return slide.rows.map((r) => `${r.label}: ${r.values.map((v, i) => `${slide.columns[i]?.short ?? ''} ${v}`.trim()).join(', ')}.`);
    case 'closing':
      return [
        `Contact: ${slide.issuer}${slide.division ? `, ${slide.division}` : ''}.`,
        slide.phone ? `Tel. ${slide.phone}.` : '',
        slide.url ? `Full release: ${slide.url} (QR code on screen).` : '',
        `Released ${slide.released}.`,
      ];
  }
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Up to the first full stop followed by a space; a long lead is a paragraph, not a talking point. */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?。])(\s|$)/su.exec(text.trim());
  return (m ? m[1]! : text).trim();
}
