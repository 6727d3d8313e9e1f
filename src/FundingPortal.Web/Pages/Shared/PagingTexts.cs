using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The links under a paged list (_NextPage), French and English together.</summary>
public sealed class PagingTexts : TextSet
{
    public PagingTexts()
        : base("Paging")
    {
        Add("Label", "Pages de la liste", "List pages");
        Add("Next", "Page suivante", "Next page");
        Add("First", "Revenir à la première page", "Back to the first page");
    }
}
