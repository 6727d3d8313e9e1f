namespace FundingPortal.Web.Pages;

/// <summary>A deadline shown in Paris time, with a live countdown while it is still ahead.</summary>
public sealed record DeadlineView(DateTimeOffset Utc, bool Running);
