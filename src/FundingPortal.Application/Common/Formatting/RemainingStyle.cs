namespace FundingPortal.Application.Common.Formatting;

public enum RemainingStyle
{
    /// <summary>One unit, rounded to the nearest: "7 jours", "2 heures", "1 minute" (reminders).</summary>
    Rounded,

    /// <summary>Two units, rounded down: "12 jours et 4 heures", "moins d'une minute", "terminé" (the countdown).</summary>
    Detailed,
}
