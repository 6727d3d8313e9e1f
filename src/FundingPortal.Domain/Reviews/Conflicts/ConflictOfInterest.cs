namespace FundingPortal.Domain.Reviews.Conflicts;

/// <param name="Code">Stable machine code, one of <see cref="ConflictOfInterestCodes"/>.</param>
/// <param name="Message">Explanation in French for managers and experts.</param>
public sealed record ConflictOfInterest(string Code, string Message);
