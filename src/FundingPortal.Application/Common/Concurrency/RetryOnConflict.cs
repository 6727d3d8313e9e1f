using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Concurrency;

/// <summary>
/// Runs a unit of work again from fresh data when a concurrent one committed first (its save answered
/// <see cref="ConcurrencyErrors.ConcurrentUpdate"/>): two experts submitting the last two reviews of a dossier at once
/// must both count. Between attempts the tracked entities and the cached audit heads are forgotten. The attempt number
/// is passed in, so a use case can skip work the first attempt does not need (the submit's key lookup). The last
/// attempt's conflict is returned as it is.
/// </summary>
public sealed class RetryOnConflict(IAppDbContext db, IAuditTrail audit)
{
    public const int DefaultAttempts = 3;

    public async Task<Result<T>> Run<T>(Func<int, CancellationToken, Task<Result<T>>> attempt, int maxAttempts, CancellationToken ct)
    {
        for (var number = 1; ; number++)
        {
            var result = await attempt(number, ct);
            if (result.IsSuccess || !result.Error!.IsConcurrentUpdate() || number >= maxAttempts)
            {
                return result;
            }

            db.ChangeTracker.Clear();
            audit.Reset();
        }
    }

    /// <summary>The common case: <see cref="DefaultAttempts"/> attempts of work that needs neither the attempt number nor a token of its own.</summary>
    public Task<Result<T>> Run<T>(Func<Task<Result<T>>> attempt) => Run((_, _) => attempt(), DefaultAttempts, CancellationToken.None);

    public Task<Result> Run(Func<Task<Result>> attempt) => Run((_, _) => attempt(), DefaultAttempts, CancellationToken.None);

    public async Task<Result> Run(Func<int, CancellationToken, Task<Result>> attempt, int maxAttempts, CancellationToken ct)
    {
        var result = await Run<bool>(async (number, token) =>
        {
            var outcome = await attempt(number, token);
            return outcome.IsSuccess ? true : outcome.Error!;
        }, maxAttempts, ct);
        return result.IsSuccess ? Result.Success() : result.Error!;
    }
}
