using System.Diagnostics;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>The API executable's verbs run as an operator would: a process of its own on the host's database.</summary>
public static class AuditCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(ApiFactory factory, string verb = "verify")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FundingPortal.Api.dll"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__FundingPortal"] = factory.ConnectionString;
        start.Environment["Audit__SealsDirectory"] = factory.SealsDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the command did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;
        var error = await errors;
        return (process.ExitCode, error.Length == 0 ? text : $"{text}\n[stderr]\n{error}");
    }
}
