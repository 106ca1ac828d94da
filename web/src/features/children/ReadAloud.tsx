import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';

const VOICE_LANGUAGE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export const speechSupported = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';

/**
 * "Listen": reads the text of `target` aloud in the lesson's language with the browser's own speech synthesis.
 * Not shown at all where the browser has none.
 */
export function ReadAloud({ target, language, label }: { target: RefObject<HTMLElement | null>; language: Language; label: string }) {
  const { t } = useTranslation('children');
  const [speaking, setSpeaking] = useState(false);
  const supported = speechSupported();
  useEffect(() => {
    if (!supported) return;
    return () => window.speechSynthesis?.cancel();
  }, [supported]);
  if (!supported) return null;

  const start = () => {
    const text = target.current?.innerText || target.current?.textContent || '';
    if (!text.trim()) return;
    const synth = window.speechSynthesis;
    synth.cancel();
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = VOICE_LANGUAGE[language];
    const voice = synth.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(language));
    if (voice) utterance.voice = voice;
    utterance.rate = 0.95;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  return (
    <p className="read-aloud">
      <button type="button" className="button button--secondary read-aloud__button" onClick={speaking ? stop : start}>
        <span aria-hidden="true">{speaking ? '⏹' : '🔊'}</span> {speaking ? t('readAloud.stop') : label}
      </button>
    </p>
  );
}
