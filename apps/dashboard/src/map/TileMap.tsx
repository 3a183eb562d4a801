import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { MISSING_FILL, textColourOn } from '../ui/palette';
import { useRovingFocus } from '../ui/use-roving-focus';
import { useVisuallyHiddenClass } from '../ui/visually-hidden';
import { colourOf, type ColourScale } from './classify';
import { SUPPRESSED_BACKGROUND } from './hatch';
import { TREND_SYMBOL, type MapDistrict } from './map-types';
import { groupByPartOfTown, type DistrictGroup } from './parts-of-town';

const useStyles = makeStyles({
  map: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 40rem)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateAreas: 'none !important',
    },
  },
  single: { gridTemplateColumns: 'minmax(0, 1fr)' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 40rem)': { gridArea: 'auto !important' },
  },
  groupName: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(5.5rem, 1fr))',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    height: '3.75rem',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    overflow: 'hidden',
    ':hover': { boxShadow: tokens.shadow8 },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThicker} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      position: 'relative',
      zIndex: 1,
    },
  },
  missing: {
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
  name: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    wordBreak: 'break-word',
  },
  value: {
    display: 'flex',
    justifyContent: 'space-between',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
});

function tileColours(district: MapDistrict, scale: ColourScale) {
  if (district.status === 'suppressed')
    return { background: SUPPRESSED_BACKGROUND, color: '#000000' };
  if (district.status === 'missing' || district.value === null) {
    return { backgroundColor: MISSING_FILL, color: '#000000' };
  }
  const fill = colourOf(scale, district.value);
  return { backgroundColor: fill, color: textColourOn(fill) };
}

export interface TileMapProps {
  districts: ReadonlyArray<MapDistrict>;
  scale: ColourScale;
  /** The map's accessible name. */
  label: string;
  linkTo: (code: string) => string;
}

/**
 * The schematic map used until boundaries are loaded: every district an equal tile, grouped by
 * part of town and placed roughly by compass direction. Each tile is a link named by its content
 * (name, value with unit, trend); the arrow keys move between tiles, so the map is one Tab stop.
 */
export function TileMap({ districts, scale, label, linkTo }: TileMapProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const roving = useRovingFocus<HTMLDivElement>();
  const { groups, layout } = groupByPartOfTown(districts, locale, t.map.otherGroup);
  return (
    <div
      role="group"
      aria-label={label}
      className={mergeClasses(styles.map, !layout && styles.single)}
      style={layout ? { gridTemplateAreas: layout } : undefined}
      {...roving}
    >
      {groups.map((group) => (
        <TileGroup key={group.id} group={group} scale={scale} linkTo={linkTo} />
      ))}
    </div>
  );
}

function TileGroup({
  group,
  scale,
  linkTo,
}: {
  group: DistrictGroup<MapDistrict>;
  scale: ColourScale;
  linkTo: (code: string) => string;
}) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenClass();
  const headingId = useId();
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className={styles.group}
      style={group.area ? { gridArea: group.area } : { gridColumn: '1 / -1' }}
    >
      <Caption1 as="h3" id={headingId} className={styles.groupName}>
        {group.name}
      </Caption1>
      <ul className={styles.tiles}>
        {group.districts.map((district) => (
          <li key={district.code}>
            <Link
              to={linkTo(district.code)}
              title={district.name}
              data-roving-item
              data-code={district.code}
              data-status={district.status}
              className={mergeClasses(styles.tile, district.status === 'missing' && styles.missing)}
              style={tileColours(district, scale)}
            >
              <span className={styles.name}>{district.name}</span>
              <span className={styles.value}>
                <span aria-hidden="true">{district.display}</span>
                <span className={hidden}>
                  : {district.spokenValue}; {district.spokenTrend}
                </span>
                {district.trend && <span aria-hidden="true">{TREND_SYMBOL[district.trend]}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
