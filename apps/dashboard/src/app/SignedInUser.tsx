import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useVisuallyHiddenClass } from '../ui/visually-hidden';

export const SignedInUserFragment = graphql(`
  fragment SignedInUser_person on Person {
    id
    name
    title
    organisation {
      code
      name
    }
  }
`);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    textAlign: 'end',
    '@media (max-width: 599.98px)': { alignItems: 'flex-start', textAlign: 'start' },
  },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** Who is signed in, for the page header. */
export function SignedInUser(props: { person: FragmentType<typeof SignedInUserFragment> }) {
  const person = getFragmentData(SignedInUserFragment, props.person);
  const styles = useStyles();
  const hidden = useVisuallyHiddenClass();
  const { t } = useI18n();
  return (
    <div className={styles.root} data-testid="signed-in-user">
      <Body1Strong>
        <span className={hidden}>{t.app.signedInAs}</span>
        {person.name}
      </Body1Strong>
      <Caption1 className={styles.detail}>
        {person.title}
        {person.organisation ? ` (${person.organisation.code})` : ''}
      </Caption1>
    </div>
  );
}
