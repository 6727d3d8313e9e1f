using System.Data.Common;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews;

/// <summary>
/// Runs a unit of work again from fresh data when a concurrent one committed first (a concurrency token moved, or
/// a unique index refused a duplicate): two experts submitting the last two reviews of a dossier at once must
/// both count.
/// </summary>
public sealed class ConcurrencyRetry(IAppDbContext db, IAuditTrail audit)
{
    private const int MaxAttempts = 3;

    public async Task<Result<T>> Run<T>(Func<Task<Result<T>>> attempt)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
            {
                db.ChangeTracker.Clear();
                (audit as IResettable)?.Reset();
                if (number == MaxAttempts)
                {
                    return Error.Conflict("concurrent_update", "Someone else changed the same data at the same time. Try again.");
                }
            }
        }
    }

    public async Task<Result> Run(Func<Task<Result>> attempt)
    {
        var result = await Run<bool>(async () =>
        {
            var outcome = await attempt();
            return outcome.IsSuccess ? Result<bool>.Success(true) : Result<bool>.Failure(outcome.Error!);
        });
        return result.IsSuccess ? Result.Success() : result.Error!;
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException is DbException { SqlState: "23505" };
}
