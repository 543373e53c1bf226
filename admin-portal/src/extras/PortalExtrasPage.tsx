import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '@shared/format/dates';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { FileUpload } from '../ui/FileUpload';
import { ErrorMessage, Loading } from '../ui/Status';
import './extras.css';

const PortalExtrasQuery = graphql(`
  query PortalExtras($portalId: ID!) {
    portal(id: $portalId) {
      id
      name
      developments {
        id
        name
      }
    }
    portalBanners(portalId: $portalId) {
      id
      title
      link
      startsOn
      endsOn
      active
      thumbnailUrl
      developmentIds
    }
    portalBenefits(portalId: $portalId) {
      id
      partner
      title
      description
      discount
      coupon
      link
      active
    }
  }
`);

const SaveBannerMutation = graphql(`
  mutation SaveBanner($input: BannerInput!) {
    saveBanner(input: $input) {
      id
    }
  }
`);

const DeleteBannerMutation = graphql(`
  mutation DeleteBanner($id: ID!) {
    deleteBanner(id: $id)
  }
`);

const SaveBenefitMutation = graphql(`
  mutation SaveBenefit($input: BenefitInput!) {
    saveBenefit(input: $input) {
      id
    }
  }
`);

const DeleteBenefitMutation = graphql(`
  mutation DeleteBenefit($id: ID!) {
    deleteBenefit(id: $id)
  }
`);

/** A portal's banners (client home) and its Portal de benefícios; every change audited (R-SET-2). */
export function PortalExtrasPage({ portalId }: { portalId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PortalExtrasQuery, variables: { portalId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data?.portal) return <ErrorMessage error={error} />;
  const developments = data.portal.developments;
  return (
    <>
      <p><Link to={`/admin/portais/${portalId}`}>← {data.portal.name}</Link></p>
      <h1>{t('extras.title')}</h1>
      <Banners portalId={portalId} banners={data.portalBanners} developments={developments} onSaved={reload} />
      <Benefits portalId={portalId} benefits={data.portalBenefits} onSaved={reload} />
    </>
  );
}

type BannerRow = { id: string; title: string; link?: string | null; startsOn?: string | null; endsOn?: string | null; active: boolean; thumbnailUrl?: string | null; developmentIds: string[] };

function Banners({ portalId, banners, developments, onSaved }: { portalId: string; banners: BannerRow[]; developments: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [saveState, save] = useMutation(SaveBannerMutation);
  const [, remove] = useMutation(DeleteBannerMutation);
  const [image, setImage] = useState<{ id: string; name: string } | null>(null);
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [audience, setAudience] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const names = new Map(developments.map((d) => [d.id, d.name]));

  async function submit() {
    setDone(false);
    const result = await save({ input: { portalId, title, imageFileId: image?.id ?? null, link: link || null, startsOn: startsOn || null, endsOn: endsOn || null, developmentIds: audience } });
    if (!result.data) return;
    setImage(null); setTitle(''); setLink(''); setStartsOn(''); setEndsOn(''); setAudience([]);
    setDone(true);
    onSaved();
  }

  return (
    <section className="card" aria-labelledby="banners-title">
      <h2 id="banners-title">{t('banners.title')}</h2>
      <p className="help">{t('banners.help')}</p>
      {banners.length === 0 ? <p>{t('banners.empty')}</p> : (
        <ul className="list">
          {banners.map((b) => (
            <li key={b.id} data-testid="banner-row" className="extras-row">
              {b.thumbnailUrl && <img src={b.thumbnailUrl} alt="" width={120} height={40} style={{ objectFit: 'cover' }} />}
              <strong>{b.title}</strong>
              {' · '}{b.startsOn || b.endsOn ? t('banners.period', { from: b.startsOn ? formatDate(b.startsOn) : '…', until: b.endsOn ? formatDate(b.endsOn) : '…' }) : t('banners.always')}
              {' · '}{b.developmentIds.length ? b.developmentIds.map((id) => names.get(id) ?? '').join(', ') : t('banners.forAll')}
              <ActiveToggle label={t('banners.active')} active={b.active} onChange={(active) => save({ input: { id: b.id, active } }).then((r) => { onSaved(); return Boolean(r.data); })} />
              <ActionButton className="secondary" onClick={() => remove({ id: b.id }).then(onSaved)} aria-label={`${t('banners.delete')}: ${b.title}`}>{t('banners.delete')}</ActionButton>
            </li>
          ))}
        </ul>
      )}
      <Form className="form" onSubmit={submit} error={saveState.error} aria-labelledby="banner-new" heading={<h3 id="banner-new">{t('banners.new')}</h3>}>
        {done && <p role="status" className="notice">{t('banners.saved')}</p>}
        <FileUpload id="banner-image" label={t('banners.image')} purpose="BANNER_IMAGE" accept="image/jpeg,image/png,image/webp" help={t('banners.imageHelp')}
          onUploaded={async (file) => { setImage({ id: file.id, name: file.name }); return null; }} />
        {image && <p className="muted">{t('banners.imageReady', { name: image.name })}</p>}
        <Field name="title" label={t('banners.titleField')}>
          <input id="banner-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={160} />
        </Field>
        <Field name="link" label={t('banners.link')}>
          <input id="banner-link" type="url" value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://" />
        </Field>
        <Field name="startsOn" label={t('banners.startsOn')}>
          <input id="banner-starts" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </Field>
        <Field name="endsOn" label={t('banners.endsOn')}>
          <input id="banner-ends" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </Field>
        <FieldGroup name="developmentIds" legend={t('banners.audience')}>
          <label className="check"><input type="checkbox" checked={audience.length === 0} onChange={() => setAudience([])} />{t('banners.everyone')}</label>
          {developments.map((d) => (
            <label key={d.id} className="check">
              <input type="checkbox" checked={audience.includes(d.id)} onChange={(e) => setAudience(e.target.checked ? [...audience, d.id] : audience.filter((x) => x !== d.id))} />{d.name}
            </label>
          ))}
        </FieldGroup>
        <SubmitButton>{t('banners.save')}</SubmitButton>
      </Form>
    </section>
  );
}

type BenefitRow = { id: string; partner: string; title: string; description: string; discount?: string | null; coupon?: string | null; link?: string | null; active: boolean };

function Benefits({ portalId, benefits, onSaved }: { portalId: string; benefits: BenefitRow[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [saveState, save] = useMutation(SaveBenefitMutation);
  const [, remove] = useMutation(DeleteBenefitMutation);
  const empty = { partner: '', title: '', description: '', discount: '', link: '', coupon: '' };
  const [values, setValues] = useState(empty);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  async function submit() {
    const result = await save({ input: { portalId, partner: values.partner, title: values.title, description: values.description, discount: values.discount || null, link: values.link || null, coupon: values.coupon || null } });
    if (!result.data) return;
    setValues(empty);
    onSaved();
  }

  return (
    <section className="card" aria-labelledby="benefits-title">
      <h2 id="benefits-title">{t('benefits.title')}</h2>
      <p className="help">{t('benefits.help')}</p>
      {benefits.length === 0 ? <p>{t('benefits.empty')}</p> : (
        <ul className="list">
          {benefits.map((b) => (
            <li key={b.id} data-testid="benefit-row" className="extras-row">
              <strong>{b.partner}</strong>: {b.title}{b.discount ? ` · ${b.discount}` : ''}{b.coupon ? ` · ${b.coupon}` : ''}
              <ActiveToggle label={t('benefits.active')} active={b.active} onChange={(active) => save({ input: { id: b.id, active } }).then((r) => { onSaved(); return Boolean(r.data); })} />
              <ActionButton className="secondary" onClick={() => remove({ id: b.id }).then(onSaved)} aria-label={`${t('benefits.delete')}: ${b.partner}`}>{t('benefits.delete')}</ActionButton>
            </li>
          ))}
        </ul>
      )}
      <Form className="form" onSubmit={submit} error={saveState.error} aria-labelledby="benefit-new" heading={<h3 id="benefit-new">{t('benefits.new')}</h3>}>
        <Field name="partner" label={t('benefits.partner')}><input id="benefit-partner" value={values.partner} onChange={set('partner')} required maxLength={120} /></Field>
        <Field name="title" label={t('benefits.titleField')}><input id="benefit-title" value={values.title} onChange={set('title')} required maxLength={160} /></Field>
        <Field name="description" label={t('benefits.description')}><textarea id="benefit-description" rows={3} value={values.description} onChange={set('description')} required maxLength={2000} /></Field>
        <Field name="discount" label={t('benefits.discount')}><input id="benefit-discount" value={values.discount} onChange={set('discount')} maxLength={120} /></Field>
        <Field name="link" label={t('benefits.link')}><input id="benefit-link" type="url" value={values.link} onChange={set('link')} placeholder="https://" /></Field>
        <Field name="coupon" label={t('benefits.coupon')}><input id="benefit-coupon" value={values.coupon} onChange={set('coupon')} maxLength={60} /></Field>
        <SubmitButton>{t('benefits.save')}</SubmitButton>
      </Form>
    </section>
  );
}

/** "Visível": switches at once (audited on the server), back if the server refuses. */
function ActiveToggle({ label, active, onChange }: { label: string; active: boolean; onChange(active: boolean): Promise<boolean> }) {
  const [on, setOn] = useState(active);
  return (
    <label className="check inline">
      <input type="checkbox" checked={on} onChange={(e) => {
        const next = e.target.checked;
        setOn(next);
        void onChange(next).then((ok) => { if (!ok) setOn(!next); });
      }} />{label}
    </label>
  );
}
