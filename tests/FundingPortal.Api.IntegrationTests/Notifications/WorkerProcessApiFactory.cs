using System.Diagnostics;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// The API alone in the test process (Hosting:Role=Api, no outbox dispatcher), its background work done by the real worker
/// executable (FundingPortal.Worker) started as a separate process on the same database, sending mail to a real SMTP
/// server: a test can <c>kill -9</c> that process and start another one.
/// </summary>
public sealed class WorkerProcessApiFactory : ApiFactory
{
    private readonly List<Process> _workers = [];

    public SmtpTestServer Mail { get; } = SmtpTestServer.Start();

    public string WorkerLog => Path.Combine(Path.GetTempPath(), "fp-test-worker", $"{Path.GetFileName(MailDirectory)}.log");

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
        Mail.AppSettings.Concat(
        [
            ("Portal:PublicUrl", MailingApiFactory.PortalUrl),
            ("Hosting:Role", "Api"),
            ("Messaging:DispatchOutbox", "false"),
        ]);

    /// <summary>
    /// Starts a worker process: consumers, recurring jobs (Hangfire, every minute) and the outbox dispatcher, with
    /// <paramref name="extraSettings"/> on top of the collection's.
    /// </summary>
    public Process StartWorker(IEnumerable<(string Key, string Value)>? extraSettings = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(WorkerLog)!);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FundingPortal.Worker.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var settings = Mail.AppSettings.Concat(
        [
            ("ConnectionStrings:FundingPortal", ConnectionString),
            ("Hosting:Role", "Worker"),
            ("Portal:PublicUrl", MailingApiFactory.PortalUrl),
            ("Messaging:PollInterval", "00:00:00.100"),
            ("Logging:LogLevel:Default", "Warning"),
        ]).Concat(extraSettings ?? []);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var worker = Process.Start(start) ?? throw new InvalidOperationException("the worker process did not start");
        var log = new StreamWriter(WorkerLog, append: true) { AutoFlush = true };
        worker.OutputDataReceived += (_, e) => Write(log, e.Data);
        worker.ErrorDataReceived += (_, e) => Write(log, e.Data);
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        lock (_workers)
        {
            _workers.Add(worker);
        }

        return worker;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public static void KillHard(Process worker)
    {
        worker.Kill(entireProcessTree: true);
        worker.WaitForExit();
    }

    /// <summary>Kills every worker still running (before the database goes, at the end of each test).</summary>
    public void KillWorkers()
    {
        lock (_workers)
        {
            foreach (var worker in _workers.Where(w => !w.HasExited))
            {
                KillHard(worker);
            }

            _workers.Clear();
        }
    }

    protected override async Task OnDisposedAsync()
    {
        KillWorkers();
        await Mail.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
