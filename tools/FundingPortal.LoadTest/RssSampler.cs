namespace FundingPortal.LoadTest;

/// <summary>Samples the resident memory of the API and worker processes from /proc while the burst runs.</summary>
public sealed class RssSampler(IReadOnlyList<int> pids)
{
    private readonly Dictionary<int, long> _maxKilobytes = pids.ToDictionary(p => p, _ => 0L);

    public IReadOnlyDictionary<int, long> MaxKilobytes => _maxKilobytes;

    public async Task Run(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            foreach (var pid in pids)
            {
                var rss = Read(pid);
                if (rss > _maxKilobytes[pid])
                {
                    _maxKilobytes[pid] = rss;
                }
            }

            try
            {
                await Task.Delay(250, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static long Read(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
