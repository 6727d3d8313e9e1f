using System.Globalization;

namespace FundingPortal.LoadTest;

/// <summary>Command-line options. Every loop is bounded in count and time; targets must be loopback addresses.</summary>
public sealed record Options
{
    public Uri Api { get; init; } = new("http://127.0.0.1:5080");
    public string Database { get; init; } = "Host=127.0.0.1;Port=55432;Username=postgres;Database=fundingportal";
    public string ManagerEmail { get; init; } = "manager@pole-ouest.fr";
    public string ManagerPassword { get; init; } = "Gestion-Pole-2026";
    public int Dossiers { get; init; } = 1000;
    public int Clients { get; init; } = 64;
    public int Leads { get; init; } = 16;
    public int SeedClients { get; init; } = 16;
    public int DeadlineInSeconds { get; init; } = 120;
    public int BaselineSeconds { get; init; } = 10;
    public int BaselinePort { get; init; } = 5099;
    public int MaxSeconds { get; init; } = 600;
    public double RetryProbability { get; init; } = 0.05;
    public int[] WatchPids { get; init; } = [];
    public int DocumentWaitSeconds { get; init; }
    public int RetryForSeconds { get; init; } = 30;
    public int WarmUpSeconds { get; init; } = 45;
    public int ReadSeconds { get; init; } = 10;

    /// <summary>How long after T to wait for every document to be Ready (beyond the 2-minute mark always watched).</summary>
    public int DrainSeconds { get; init; }

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"missing value for {args[i]}");
            o = args[i] switch
            {
                "--api" => o with { Api = new Uri(value) },
                "--db" => o with { Database = value },
                "--manager-email" => o with { ManagerEmail = value },
                "--manager-password" => o with { ManagerPassword = value },
                "--dossiers" => o with { Dossiers = Int(value) },
                "--clients" => o with { Clients = Int(value) },
                "--leads" => o with { Leads = Int(value) },
                "--deadline-in" => o with { DeadlineInSeconds = Int(value) },
                "--baseline-seconds" => o with { BaselineSeconds = Int(value) },
                "--baseline-port" => o with { BaselinePort = Int(value) },
                "--max-seconds" => o with { MaxSeconds = Int(value) },
                "--retry-probability" => o with { RetryProbability = double.Parse(value, CultureInfo.InvariantCulture) },
                "--watch-pids" => o with { WatchPids = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int).ToArray() },
                "--wait-documents" => o with { DocumentWaitSeconds = Int(value) },
                "--read-seconds" => o with { ReadSeconds = Int(value) },
                "--warm-up" => o with { WarmUpSeconds = Int(value) },
                "--drain-seconds" => o with { DrainSeconds = Int(value) },
                "--retry-for" => o with { RetryForSeconds = Int(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (!o.Api.IsLoopback)
        {
            throw new ArgumentException("The load tool only targets loopback addresses.");
        }

        if (o.Dossiers is < 1 or > 50_000 || o.Clients is < 1 or > 1024 || o.MaxSeconds is < 10 or > 3600)
        {
            throw new ArgumentException("Bounds: 1–50,000 dossiers, 1–1,024 clients, 10–3,600 seconds.");
        }

        return o;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
