// texts.js: every word the employee sees, in Danish and English.
//
// Pure (no DOM, no chrome.*). Loaded as a classic script by the content
// script, imported for its side effect by the background module, and
// require()d by the Node unit tests; it registers itself on globalThis.PG.
//
// Danish is shown when navigator.language is Danish ("da", "da-DK", …),
// English otherwise. Category labels and "why" texts normally come from the
// host (policy); the ones here are fallbacks for an older host or a missing
// field.
(function pgTexts(root) {
  'use strict';

  const STRINGS = {
    da: {
      'title.personal': 'Din tekst indeholder personoplysninger',
      'title.business': 'Din tekst indeholder forretningskritiske oplysninger',
      'title.mixed': 'Din tekst indeholder personoplysninger og forretningskritiske oplysninger',
      'body.warn': 'Copilot må ikke få CPR-numre, navne, adresser eller helbredsoplysninger. Ret teksten, før du sender.',
      'body.block': 'Copilot må ikke få CPR-numre, navne, adresser eller helbredsoplysninger. Teksten kan ikke sendes, før oplysningerne er fjernet.',
      'body.business': 'Forretningskritiske oplysninger må ikke deles med Copilot. Ret teksten, før du sender.',
      'found': 'Det har vi fundet',
      'why': 'Hvorfor er det vigtigt?',
      'more': 'og {n} mere',
      'guideline': 'Læs kommunens retningslinjer for brug af AI',
      'btn.fix': 'Ret automatisk',
      'btn.edit': 'Redigér selv',
      'btn.send': 'Send alligevel',
      'btn.close': 'Luk',
      'btn.retry': 'Prøv igen',
      'hint.fix': 'Ret automatisk erstatter fundene med pladsholdere, fx [NAVN 1], og sender teksten.',
      'hint.restore': 'Bagefter kan du se Copilots svar med de rigtige oplysninger – kun på din skærm.',
      'hint.send': 'Send alligevel bliver registreret (uden din tekst).',
      'hint.block': 'Denne slags oplysninger kan ikke sendes alligevel.',
      'ack.refused': 'Teksten kan ikke sendes alligevel, fordi den indeholder oplysninger, der altid bliver blokeret. Ret teksten først.',
      'fix.failed': 'Teksten kunne ikke rettes automatisk. Ret den selv, og send igen.',
      'fail.title': 'Teksten er ikke sendt',
      'fail.body': 'Privacy Guard kunne ikke kontrollere teksten, fordi kontrolprogrammet på din computer ikke svarer. Derfor er teksten ikke sendt. Prøv igen om lidt.',
      'fail.help': 'Kontakt IT-support, hvis det bliver ved.',
      'failopen.notice': 'Teksten blev sendt uden kontrol, fordi kontrolprogrammet på din computer ikke svarer. Husk: ingen personoplysninger i Copilot.',
      'indicator.ok': 'OK',
      'indicator.checking': 'Kontrollerer …',
      'indicator.unavailable': 'Kontrol utilgængelig',
      'indicator.findings': '{n} fund: {kinds}',
      'indicator.aria': 'Privacy Guard',
      'unapproved.notice': 'Denne AI-tjeneste er ikke godkendt til arbejdsbrug. Brug kommunens godkendte værktøj, Microsoft Copilot.',
      'unapproved.link': 'Åbn Copilot',
      'unapproved.dismiss': 'Skjul',
      'restore.show': 'Vis med rigtige oplysninger',
      'restore.showTitle': 'Vis Copilots svar med de rigtige oplysninger i stedet for pladsholderne (kun for dig)',
      'restore.title': 'Svaret med de rigtige oplysninger',
      'restore.note': 'Kun du kan se dette. Copilot har kun fået pladsholderne, fx [NAVN 1]. Kopiér teksten, og sæt den ind, hvor du skal bruge den.',
      'restore.copy': 'Kopiér',
      'restore.copied': 'Kopieret. Sæt teksten ind, hvor du skal bruge den.',
      'restore.copyFailed': 'Teksten kunne ikke kopieres. Prøv igen.',
      'restore.close': 'Luk',
    },
    en: {
      'title.personal': 'Your text contains personal data',
      'title.business': 'Your text contains business-critical information',
      'title.mixed': 'Your text contains personal data and business-critical information',
      'body.warn': 'Copilot must not be given CPR numbers, names, addresses or health information. Please correct the text before you send it.',
      'body.block': 'Copilot must not be given CPR numbers, names, addresses or health information. The text cannot be sent until this information is removed.',
      'body.business': 'Business-critical information must not be shared with Copilot. Please correct the text before you send it.',
      'found': 'What we found',
      'why': 'Why does it matter?',
      'more': 'and {n} more',
      'guideline': "Read the organisation's guideline for using AI",
      'btn.fix': 'Fix automatically',
      'btn.edit': 'Edit myself',
      'btn.send': 'Send anyway',
      'btn.close': 'Close',
      'btn.retry': 'Try again',
      'hint.fix': 'Fix automatically replaces the findings with placeholders such as [NAVN 1] and sends the text.',
      'hint.restore': "Afterwards you can see Copilot's answer with the real details – on your screen only.",
      'hint.send': 'Send anyway is recorded (without your text).',
      'hint.block': 'This kind of information cannot be sent anyway.',
      'ack.refused': 'The text cannot be sent anyway because it contains information that is always blocked. Please correct it first.',
      'fix.failed': 'The text could not be fixed automatically. Please correct it yourself and send again.',
      'fail.title': 'Your text was not sent',
      'fail.body': 'Privacy Guard could not check the text because the checking program on your computer does not respond. The text has therefore not been sent. Please try again shortly.',
      'fail.help': 'Contact IT support if this keeps happening.',
      'failopen.notice': 'The text was sent without a check because the checking program on your computer does not respond. Remember: no personal data in Copilot.',
      'indicator.ok': 'OK',
      'indicator.checking': 'Checking …',
      'indicator.unavailable': 'Check unavailable',
      'indicator.findings': '{n} found: {kinds}',
      'indicator.aria': 'Privacy Guard',
      'unapproved.notice': 'This AI service is not approved for work. Please use the approved tool, Microsoft Copilot.',
      'unapproved.link': 'Open Copilot',
      'unapproved.dismiss': 'Hide',
      'restore.show': 'Show with real details',
      'restore.showTitle': "Show Copilot's answer with the real details instead of the placeholders (only for you)",
      'restore.title': 'The answer with the real details',
      'restore.note': 'Only you can see this. Copilot only received the placeholders, such as [NAVN 1]. Copy the text and paste it where you need it.',
      'restore.copy': 'Copy',
      'restore.copied': 'Copied. Paste the text where you need it.',
      'restore.copyFailed': 'The text could not be copied. Please try again.',
      'restore.close': 'Close',
    },
  };

  // Fallback labels and reasons per category id (docs/protocol.md `category`).
  const CATEGORIES = {
    cpr: {
      label: { da: 'CPR-nummer', en: 'CPR number' },
      why: { da: 'Et CPR-nummer udpeger én bestemt borger og må ikke deles med Copilot.',
        en: 'A CPR number identifies one particular citizen and must not be shared with Copilot.' },
      kind: 'personal' },
    cvr: {
      label: { da: 'CVR-nummer', en: 'CVR number' },
      why: { da: 'Et CVR-nummer kan pege på en enkeltmandsvirksomhed og dermed på en person.',
        en: 'A CVR number can point to a sole proprietorship and so to a person.' },
      kind: 'personal' },
    email: {
      label: { da: 'E-mailadresse', en: 'Email address' },
      why: { da: 'En e-mailadresse kan udpege en person.', en: 'An email address can identify a person.' },
      kind: 'personal' },
    phone: {
      label: { da: 'Telefonnummer', en: 'Phone number' },
      why: { da: 'Et telefonnummer kan udpege en person.', en: 'A phone number can identify a person.' },
      kind: 'personal' },
    iban: {
      label: { da: 'IBAN', en: 'IBAN' },
      why: { da: 'Kontonumre er fortrolige økonomiske oplysninger.', en: 'Account numbers are confidential financial data.' },
      kind: 'personal' },
    bank_account: {
      label: { da: 'Kontonummer', en: 'Bank account number' },
      why: { da: 'Kontonumre er fortrolige økonomiske oplysninger.', en: 'Account numbers are confidential financial data.' },
      kind: 'personal' },
    payment_card: {
      label: { da: 'Betalingskort', en: 'Payment card' },
      why: { da: 'Kortnumre kan misbruges.', en: 'Card numbers can be misused.' },
      kind: 'personal' },
    name: {
      label: { da: 'Navn', en: 'Name' },
      why: { da: 'Navne på borgere og kolleger er personoplysninger.', en: 'Names of citizens and colleagues are personal data.' },
      kind: 'personal' },
    address: {
      label: { da: 'Adresse', en: 'Address' },
      why: { da: 'En adresse kan udpege en bestemt borger.', en: 'An address can identify a particular citizen.' },
      kind: 'personal' },
    health: {
      label: { da: 'Helbredsoplysning', en: 'Health information' },
      why: { da: 'Helbredsoplysninger er særligt følsomme personoplysninger.', en: 'Health information is especially sensitive personal data.' },
      kind: 'personal' },
    business_term: {
      label: { da: 'Forretningskritisk oplysning', en: 'Business-critical information' },
      why: { da: 'Interne og fortrolige sager må ikke deles med Copilot.', en: 'Internal and confidential matters must not be shared with Copilot.' },
      kind: 'business' },
  };

  /** 'da' when the browser language is Danish, otherwise 'en'. */
  function pickLang(navigatorLanguage) {
    return /^da(?:-|_|$)/i.test(String(navigatorLanguage || '')) ? 'da' : 'en';
  }

  /** The string `key` in `lang` with {name} placeholders filled from vars. */
  function t(lang, key, vars) {
    const table = STRINGS[lang] || STRINGS.en;
    let s = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : STRINGS.en[key];
    if (s === undefined) throw new Error('missing text ' + key);
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
    return s;
  }

  /** Picks `lang` from a {da, en} object (host LocalizedText), with fallbacks. */
  function localized(obj, lang) {
    if (!obj || typeof obj !== 'object') return typeof obj === 'string' ? obj : '';
    return obj[lang] || obj.da || obj.en || '';
  }

  /** Label of a category: the host's, else ours, else the id itself. */
  function categoryLabel(category, lang, hostLabel) {
    return localized(hostLabel, lang) ||
      localized(CATEGORIES[category] && CATEGORIES[category].label, lang) || String(category);
  }

  function categoryWhy(category, lang, hostWhy) {
    return localized(hostWhy, lang) || localized(CATEGORIES[category] && CATEGORIES[category].why, lang);
  }

  /** 'personal' or 'business' (unknown categories count as personal). */
  function categoryKind(category) {
    return (CATEGORIES[category] && CATEGORIES[category].kind) || 'personal';
  }

  const api = { STRINGS, CATEGORIES, pickLang, t, localized, categoryLabel, categoryWhy, categoryKind };
  const PG = (root.PG = root.PG || {});
  PG.texts = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
