import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { PortalMenu, RequestKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { SubmitButton } from '../shared/forms/buttons';
import { Field, FieldGroup } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { navigate } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import type { CombinedError } from 'urql';
import { anyPhotoProblem, PhotoPicker } from './PhotoPicker';
import { uploadPhotos } from './photo-upload';

const NewRequestQuery = graphql(`
  query NewRequest($kind: RequestKind!, $target: RequestTarget!) {
    myUnits {
      id
      name
      locations {
        id
        name
      }
      development {
        id
        name
        commonAreas {
          id
          name
        }
      }
    }
    requestSubjects(kind: $kind, target: $target) {
      id
      name
      subsubjects {
        id
        name
      }
    }
  }
`);

const OpenRequestMutation = graphql(`
  mutation OpenRequest($input: OpenRequestInput!) {
    openRequest(input: $input) {
      id
    }
  }
`);

/** Open a request (R-REQ-1..3): unit, subject then detail (by the portal's display names), location or common area when enabled. */
export function NewRequest({ menus }: { menus: { menu: PortalMenu; visible: boolean; reason?: string | null }[] }) {
  const { t, locale } = useI18n();
  const wanted = new URLSearchParams(location.search).get('tipo') === 'ASSISTANCE' ? 'ASSISTANCE' : 'SERVICE';
  const allowed = (kind: RequestKind) => menus.find((m) => m.menu === kind)?.visible ?? false;
  const [kind, setKind] = useState<RequestKind>(wanted);
  const [target, setTarget] = useState<'unit' | 'area'>('unit');
  // R-REQ-3, R-REQ-8: only the subjects that apply to where the problem is.
  const [{ data, fetching, error }] = useQuery({ query: NewRequestQuery, variables: { kind, target: target === 'area' ? 'COMMON_AREA' : 'UNIT' } });
  const [state, open] = useMutation(OpenRequestMutation);
  const [unitId, setUnitId] = useState('');
  const [commonAreaId, setCommonAreaId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [subsubjectId, setSubsubjectId] = useState('');
  const [locationId, setLocationId] = useState('');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [uploadError, setUploadError] = useState<CombinedError | null>(null);

  if (!allowed('SERVICE') && !allowed('ASSISTANCE')) return <Empty title={t('newRequest.none')} why={menus.find((m) => m.menu === kind)?.reason ?? undefined} />;
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;

  const unit = data.myUnits.find((u) => u.id === unitId) ?? (data.myUnits.length === 1 ? data.myUnits[0] : undefined);
  const subject = data.requestSubjects.find((s) => s.id === subjectId);
  const areas = kind === 'ASSISTANCE' ? (unit?.development.commonAreas ?? []) : [];
  const locations = kind === 'ASSISTANCE' ? (unit?.locations ?? []) : [];

  async function submit() {
    setUploadError(null);
    if (anyPhotoProblem(photos)) return;
    // The photos go up first (POST /files); the request then names them.
    const sent = photos.length ? await uploadPhotos(photos, locale) : { ids: [] };
    if ('error' in sent) return setUploadError(sent.error);
    const result = await open({
      input: {
        kind, subsubjectId, description, photoIds: sent.ids,
        ...(target === 'area' && commonAreaId ? { commonAreaId } : { unitId: unit?.id ?? unitId, locationId: locationId || null }),
      },
    });
    if (result.data) navigate(`/pedidos/${result.data.openRequest.id}`);
  }

  return (
    <>
      <h1>{t('newRequest.title')}</h1>
      <Form className="card form" onSubmit={submit} error={uploadError ?? state.error} rename={(field) => (field === 'subsubjectId' && !subject ? 'subjectId' : field)} aria-label={t('newRequest.title')}>
        <FieldGroup name="kind" legend={t('newRequest.kind')}>
          {(['SERVICE', 'ASSISTANCE'] as const).filter(allowed).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); setTarget('unit'); setSubjectId(''); setSubsubjectId(''); }} />
              {t(`newRequest.kind.${k}`)}
            </label>
          ))}
        </FieldGroup>

        {areas.length > 0 && (
          <fieldset>
            <legend>{t('newRequest.target')}</legend>
            <label className="choice"><input type="radio" name="target" checked={target === 'unit'} onChange={() => { setTarget('unit'); setSubjectId(''); setSubsubjectId(''); }} />{t('newRequest.inUnit')}</label>
            <label className="choice"><input type="radio" name="target" checked={target === 'area'} onChange={() => { setTarget('area'); setSubjectId(''); setSubsubjectId(''); }} />{t('newRequest.inCommonArea')}</label>
          </fieldset>
        )}

        {data.myUnits.length > 1 && (
          <Field name="unitId" label={t('newRequest.unit')}>
            <select id="unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
              <option value="">{t('newRequest.choose')}</option>
              {data.myUnits.map((u) => <option key={u.id} value={u.id}>{u.name} · {u.development.name}</option>)}
            </select>
          </Field>
        )}

        {target === 'area' && (
          <Field name="commonAreaId" label={t('newRequest.commonArea')}>
            <select id="area" value={commonAreaId} onChange={(e) => setCommonAreaId(e.target.value)} required>
              <option value="">{t('newRequest.choose')}</option>
              {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
        )}

        <Field name="subjectId" label={t('newRequest.subject')}>
          <select id="subject" value={subjectId} onChange={(e) => { setSubjectId(e.target.value); setSubsubjectId(''); }} required>
            <option value="">{t('newRequest.choose')}</option>
            {data.requestSubjects.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>

        {subject && (
          <Field name="subsubjectId" label={t('newRequest.subsubject')}>
            <select id="subsubject" value={subsubjectId} onChange={(e) => setSubsubjectId(e.target.value)} required>
              <option value="">{t('newRequest.choose')}</option>
              {subject.subsubjects.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
        )}

        {target === 'unit' && locations.length > 0 && (
          <Field name="locationId" label={t('newRequest.location')}>
            <select id="location" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
              <option value="">{t('newRequest.anyLocation')}</option>
              {locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          </Field>
        )}

        <Field name="description" label={t('newRequest.description')}>
          <textarea id="description" rows={5} value={description} onChange={(e) => setDescription(e.target.value)} required maxLength={4000} />
        </Field>

        <PhotoPicker id="photos" files={photos} onChange={setPhotos} />

        <SubmitButton>{t('newRequest.submit')}</SubmitButton>
      </Form>
    </>
  );
}
