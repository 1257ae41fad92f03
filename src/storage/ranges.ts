/**
 * Why a 206's Content-Range is not the span asked, if it is not: it must start at `fromByte`
 * and end where the request did (`endByte`, exclusive), or at the object's end where that
 * comes first (or no end was asked). Bytes of another span, or fewer, would land in the wrong
 * place, or leave a gap, wherever the parts are put together.
 */
export function wrongSpan(fromByte: number, endByte: number | undefined, contentRange: string | undefined): string | undefined {
  const answered = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange ?? '');
  const askedEnd = Math.min(endByte ?? Number.POSITIVE_INFINITY, Number(answered?.[3]));
  if (answered && Number(answered[1]) === fromByte && Number(answered[2]) + 1 === askedEnd) return undefined;
  return `asked for bytes ${fromByte}-${endByte === undefined ? '' : endByte - 1}, the server answered ${contentRange ?? 'with no Content-Range'}`;
}
