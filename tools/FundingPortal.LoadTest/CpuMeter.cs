using System.Globalization;

namespace FundingPortal.LoadTest;

/// <summary>
/// CPU time (user + system) the watched processes used, from /proc/PID/stat: divided by the submits accepted it gives
/// the machine time of one submit, a figure that depends far less on what else the machine runs than throughput does.
/// </summary>
public static class CpuMeter
{
    // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
    private const double TicksPerSecond = 100;

    public static IReadOnlyDictionary<int, double> Read(IEnumerable<int> pids) => pids.ToDictionary(p => p, Seconds);

    private static double Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may hold spaces: state is [0], utime [11], stime [12].
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
