export function CompetencyBadges({ competencies, label }: { competencies: { code: string; title: string }[]; label: string }) {
  return (
    <ul className="competency-badges" aria-label={label}>
      {competencies.map((competency) => (
        <li key={competency.code} className="competency-badge">
          <abbr title={competency.title}>{competency.code}</abbr> {competency.title}
        </li>
      ))}
    </ul>
  );
}
