using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The words every confirmation step shares.</summary>
public sealed class ConfirmTexts : TextSet
{
    public ConfirmTexts()
        : base("Confirm")
    {
        Add("Final", "Cette action est définitive : elle ne pourra pas être annulée.", "This cannot be undone.");
        Add("Cancel", "Annuler", "Cancel");
        Add("CancelHint", "Annuler ne change rien.", "Cancel changes nothing.");
    }
}
