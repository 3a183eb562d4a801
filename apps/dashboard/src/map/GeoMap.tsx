import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { MISSING_FILL, SUPPRESSED_FILL, SUPPRESSED_HATCH, textColourOn } from '../ui/palette';
import { useRovingFocus } from '../ui/use-roving-focus';
import { colourOf, type ColourScale } from './classify';
import { projectBoundaries } from './geo-shapes';
import { SUPPRESSED_PATTERN_ID } from './hatch';
import { TREND_SYMBOL, type MapDistrict } from './map-types';

const WIDTH = 640;
const HEIGHT = 520;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  shape: {
    cursor: 'pointer',
    outline: 'none',
    '& path': { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
    ':hover path': { strokeWidth: 2 },
    ':focus-visible path': { stroke: tokens.colorStrokeFocus2, strokeWidth: 4 },
  },
  marker: {
    fontSize: '11px',
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: 'none',
  },
});

function fillOf(district: MapDistrict, scale: ColourScale): string {
  if (district.status === 'suppressed') return `url(#${SUPPRESSED_PATTERN_ID})`;
  if (district.value === null) return MISSING_FILL;
  return colourOf(scale, district.value);
}

export interface GeoMapProps {
  districts: ReadonlyArray<MapDistrict & { boundary: string }>;
  scale: ColourScale;
  label: string;
  linkTo: (code: string) => string;
}

/**
 * The districts' real shapes, drawn as SVG paths from their GeoJSON boundaries with d3-geo. Each
 * shape is a link, labelled like the tiles of the schematic map.
 */
export default function GeoMap({ districts, scale, label, linkTo }: GeoMapProps) {
  const styles = useStyles();
  const navigate = useNavigate();
  const roving = useRovingFocus<SVGSVGElement>();
  const { t } = useI18n();
  const projected = useMemo(() => projectBoundaries(districts, WIDTH, HEIGHT), [districts]);
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const invalid = projected.invalid.map((code) => byCode.get(code)?.name ?? code);

  return (
    <>
      <svg
        role="group"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.svg}
        {...roving}
      >
        <defs>
          <pattern
            id={SUPPRESSED_PATTERN_ID}
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="7" height="7" fill={SUPPRESSED_FILL} />
            <line x1="0" y1="0" x2="0" y2="7" stroke={SUPPRESSED_HATCH} strokeWidth="1.5" />
          </pattern>
        </defs>
        {projected.shapes.map((shape) => {
          const district = byCode.get(shape.code);
          if (!district) return null;
          const fill = fillOf(district, scale);
          const text = fill.startsWith('#') ? textColourOn(fill) : '#000000';
          const href = linkTo(shape.code);
          return (
            <a
              key={shape.code}
              href={href}
              aria-label={`${district.name}: ${district.spokenValue}; ${district.spokenTrend}`}
              data-roving-item
              className={styles.shape}
              data-code={shape.code}
              data-status={district.status}
              onClick={(event) => {
                event.preventDefault();
                void navigate(href);
              }}
            >
              <title>{district.name}</title>
              <path d={shape.path} fill={fill} />
              {district.trend && (
                <text
                  x={shape.centroid[0]}
                  y={shape.centroid[1]}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fill={text}
                  className={styles.marker}
                  aria-hidden="true"
                >
                  {TREND_SYMBOL[district.trend]}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      {invalid.length > 0 && (
        <Caption1 role="note">{t.map.invalidBoundaries(invalid.join(', '))}</Caption1>
      )}
    </>
  );
}
