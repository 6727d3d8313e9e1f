using System.Globalization;
using FundingPortal.Application.Audit;
using FundingPortal.Application.Audit.SealChainHeads;
using FundingPortal.Application.Audit.VerifyEverything;
using FundingPortal.Domain.Audit;

namespace FundingPortal.Api.Endpoints.Audit;

/// <summary>
/// The API executable's verbs, for operators and scripts: <c>verify</c> runs the same use case as POST /api/audit/verify and
/// exits 1 when anything fails (each failure on its own line), <c>seal</c> seals the chain heads now. Both read the same
/// configuration as the server (ConnectionStrings__FundingPortal, Audit__SealsDirectory) and neither migrates nor serves.
/// </summary>
public static class AuditCommands
{
    private static readonly string[] Verbs = ["verify", "seal"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        // Quiet: the command's own lines are its output; the server's start-up logging would drown them.
        string[] settings = [.. args[1..], "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Error"];
        await using var app = FundingPortalApp.Build(settings);
        await using var scope = app.Services.CreateAsyncScope();
        return args[0] switch
        {
            "verify" => Print(await scope.ServiceProvider.GetRequiredService<VerifyEverything>().Handle(CancellationToken.None), output),
            _ => Print(await scope.ServiceProvider.GetRequiredService<SealChainHeads>().Handle(SealTrigger.OnDemand, CancellationToken.None), output),
        };
    }

    private static int Print(AuditVerificationReport report, TextWriter output)
    {
        foreach (var failure in report.Failures)
        {
            output.WriteLine(Describe(failure));
        }

        var seal = report.SealedWith is { } id ? $"compared with seal #{id}" : "no seal yet";
        var verdict = report.Ok ? "OK" : $"FAILED: {report.Failures.Count + report.FailuresNotListed} failure(s)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify: {report.Streams} streams, {report.Entries} entries, {report.Documents} documents, {seal} — {verdict}"));
        return report.Ok ? 0 : 1;
    }

    private static int Print(AuditSealDto seal, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seal #{seal.Id} {seal.Date:yyyy-MM-dd}: {seal.Digest} over {seal.Streams} streams, file {seal.FileName}"));
        return 0;
    }

    private static string Describe(AuditFailure failure)
    {
        var where = failure.DocumentId is { } document ? $" document {document:D}" : failure.Sequence is { } sequence ? $" entry {sequence}" : string.Empty;
        var field = failure.Field is { } name ? $" field {name}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"FAIL {failure.Stream}{where}{field}: {failure.Reason}");
    }
}
