import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jobDetailQueries } from '../api/job-detail-queries.ts';
import { ErrorPanel } from '../../../components/table-states.tsx';
import { decodeStatus, LEVELS, type Level } from '../lib/message-levels.ts';
import { MessageList, type MessageListHandle, type ShownMessage } from './message-list.tsx';
import { MessageToolbar } from './message-toolbar.tsx';
import { errorText } from '../../../lib/error-text.ts';

/** A job's log: filter by level and tool, search with highlights, jump to the first error. */
export function MessageViewer({ jobId, isCurator, active }: { jobId: string; isCurator: boolean; active: boolean }) {
  const { t } = useTranslation();
  const messages = useQuery(jobDetailQueries.messages(jobId, isCurator, active));
  const [levels, setLevels] = useState<Set<Level>>(() => new Set(LEVELS));
  const [tool, setTool] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [match, setMatch] = useState(0);
  const list = useRef<MessageListHandle>(null);

  const all = useMemo<ShownMessage[]>(
    () => (messages.data ?? []).map((m, index) => ({ ...m, index, decoded: decodeStatus(m.status) })),
    [messages.data],
  );
  const counts = useMemo(() => {
    const c = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
    for (const m of all) c[m.decoded.level]++;
    return c;
  }, [all]);
  const shown = useMemo(
    () => all.filter((m) => levels.has(m.decoded.level) && (tool === null || String(m.toolId) === tool)),
    [all, levels, tool],
  );
  const needle = query.trim().toLowerCase();
  const matches = useMemo(
    () => (needle ? shown.flatMap((m, i) => (m.text.toLowerCase().includes(needle) ? [i] : [])) : []),
    [shown, needle],
  );

  // A new search shows its first match.
  const firstMatch = matches[0];
  useEffect(() => {
    if (firstMatch !== undefined) list.current?.scrollTo(firstMatch);
  }, [needle, firstMatch]);

  const goTo = (i: number) => {
    if (matches.length === 0) return;
    const next = (i + matches.length) % matches.length;
    setMatch(next);
    list.current?.scrollTo(matches[next]!);
  };
  const jumpToError = () => {
    if (!levels.has('error')) setLevels(new Set([...levels, 'error']));
    const i = (levels.has('error') ? shown : all).findIndex((m) => m.decoded.level === 'error');
    if (i >= 0) setTimeout(() => list.current?.scrollTo(i), 0);
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('messages.title')}
      </Title>
      {messages.data ? (
        <>
          <MessageToolbar
            all={all}
            counts={counts}
            levels={levels}
            onLevels={setLevels}
            tool={tool}
            onTool={setTool}
            query={query}
            onQuery={(q) => {
              setQuery(q);
              setMatch(0);
            }}
            matchCount={matches.length}
            match={match}
            onMatch={goTo}
            onJumpToError={counts.error > 0 ? jumpToError : null}
            jobId={jobId}
          />
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {all.length === 0 ? t('messages.none') : t('messages.noneShown')}
            </Text>
          ) : (
            <MessageList ref={list} messages={shown} needle={needle} current={matches[match] ?? null} follow={active} />
          )}
        </>
      ) : messages.error ? (
        <ErrorPanel title={t('messages.loadFailed')} message={errorText(messages.error, t)} onRetry={() => void messages.refetch()} />
      ) : (
        <Loader size="sm" aria-label={t('messages.loading')} />
      )}
    </Stack>
  );
}
