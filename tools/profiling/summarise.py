#!/usr/bin/env python3
"""Summarises `perf script` output of a .NET process (tools/profiling/perf-burst.sh).

  tiers   where the samples' nearest managed frame stands in tiered compilation (QuickJitted, InstrumentedTier, Tier1...)
  owners  the nearest frame of our code (or of a chosen library) above each sample: who asked for the CPU
"""
import collections
import re
import sys

TIER = re.compile(r'\[(OptimizedTier1|OptimizedTier1OSR|InstrumentedTier|InstrumentedTierOptimized|QuickJitted|Optimized|MinOptJitted)\]')
OWNER = re.compile(r'\[(FundingPortal\.[\w.]+|MassTransit|PdfSharp|MigraDoc|Hangfire[\w.]*|MimeKit|OpenTelemetry[\w.]*)\]')


def samples(path):
    block = []
    for line in open(path, errors='replace'):
        if line.strip():
            block.append(line.rstrip())
        elif block:
            yield block[1:]
            block = []
    if block:
        yield block[1:]


def library(frame):
    m = re.search(r'\(([^()]*)\)$', frame)
    name = m.group(1).rsplit('/', 1)[-1] if m else '?'
    return 'managed' if name.startswith('perf-') else name


def method(frame):
    frame = re.sub(r'/\* MT: 0x[0-9a-f]+ \*/', '', frame)
    m = re.search(r'\] ([^\[\]]*?::[^(\[]*)', frame)
    return (m.group(1) if m else frame.strip())[:140]


def main(path, mode='tiers', top=40):
    counts, total = collections.Counter(), 0
    for frames in samples(path):
        total += 1
        if not frames:
            continue
        if mode == 'tiers':
            tier = next((t.group(1) for t in map(TIER.search, frames) if t), 'no managed frame')
            counts[f'{library(frames[0]):<24} {tier}'] += 1
        else:
            counts[next((method(f) for f in frames if OWNER.search(f)), '(none of ours)')] += 1
    print(f'{total} samples')
    for key, n in counts.most_common(int(top)):
        print(f'{100 * n / total:6.2f}%  {key}')


if __name__ == '__main__':
    main(*sys.argv[1:])
