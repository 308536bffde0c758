import { hyphenatedWords } from '@/lib/content/hyphenated-words'

/** A title whose hyphenated words ("Omega-3") never break across lines (lib/content/hyphenated-words). */
export function Title({ text }: { text: string }) {
  const parts = hyphenatedWords(text)
  if (!parts.some((part) => part.keepWhole)) return text
  return (
    <>
      {parts.map((part, index) =>
        part.keepWhole ? (
          <span key={index} className="nobreak">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
