using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.SetUserRoles;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.CreateCall;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Calls.PublishCall;
using FundingPortal.Application.Calls.UpdateCall;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Documents;
using FundingPortal.Application.Documents.DownloadDocument;
using FundingPortal.Application.Documents.GenerateDocument;
using FundingPortal.Application.Documents.ListDocuments;
using FundingPortal.Application.Documents.RecordDocumentFailure;
using FundingPortal.Application.Documents.RegenerateDocument;
using FundingPortal.Application.Documents.RequeueStalledDocuments;
using FundingPortal.Application.Funders.CreateFunder;
using FundingPortal.Application.Funders.ListFunders;
using FundingPortal.Application.Operations;
using FundingPortal.Application.Organisations;
using FundingPortal.Application.Organisations.CreateOrganisation;
using FundingPortal.Application.Organisations.FindOrganisations;
using FundingPortal.Application.Organisations.GetOrganisation;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.AcceptInvitation;
using FundingPortal.Application.Organisations.Invitations.DeclineInvitation;
using FundingPortal.Application.Organisations.Invitations.InviteColleague;
using FundingPortal.Application.Organisations.Invitations.ListMyInvitations;
using FundingPortal.Application.Organisations.Invitations.ListOrganisationInvitations;
using FundingPortal.Application.Organisations.Invitations.RevokeInvitation;
using FundingPortal.Application.Organisations.Invitations.SendInvitationEmail;
using FundingPortal.Application.Organisations.JoinRequests.DecideJoinRequest;
using FundingPortal.Application.Organisations.JoinRequests.ListJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.ListMyJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.RequestToJoin;
using FundingPortal.Application.Organisations.ListMembers;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.AddPartner;
using FundingPortal.Application.Proposals.CreateProposal;
using FundingPortal.Application.Proposals.DownloadAttachment;
using FundingPortal.Application.Proposals.GetEligibility;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Proposals.GetSubmittedSnapshot;
using FundingPortal.Application.Proposals.InvitePartner;
using FundingPortal.Application.Proposals.ListPartnerInvitations;
using FundingPortal.Application.Proposals.ListProposalVersions;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Application.Proposals.RemovePartner;
using FundingPortal.Application.Proposals.ScreenProposal;
using FundingPortal.Application.Proposals.SetExcludedExperts;
using FundingPortal.Application.Proposals.SetPartnerBudget;
using FundingPortal.Application.Proposals.SubmitProposal;
using FundingPortal.Application.Proposals.UpdateProjectFields;
using FundingPortal.Application.Proposals.UploadAttachment;
using FundingPortal.Application.Proposals.VerifyProposalHistory;
using FundingPortal.Application.Proposals.WithdrawProposal;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<RetryOnConflict>();
        services.AddAccounts();
        services.AddOperations();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<GetOrganisation>();
        services.AddScoped<FindOrganisations>();
        services.AddScoped<Membership>();
        services.AddScoped<ListMembers>();
        services.AddScoped<InvitationIssuer>();
        services.AddScoped<InviteColleague>();
        services.AddScoped<ListOrganisationInvitations>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<ListMyInvitations>();
        services.AddScoped<InvitationForInvitee>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<DeclineInvitation>();
        services.AddScoped<SendInvitationEmail>();
        services.AddScoped<RequestToJoin>();
        services.AddScoped<ListJoinRequests>();
        services.AddScoped<ListMyJoinRequests>();
        services.AddScoped<DecideJoinRequest>();
        services.AddScoped<SetUserRoles>();

        services.AddScoped<CreateFunder>();
        services.AddScoped<ListFunders>();

        services.AddScoped<CallDefinitionFactory>();
        services.AddScoped<CreateCall>();
        services.AddScoped<UpdateCall>();
        services.AddScoped<PublishCall>();
        services.AddScoped<CallDescriber>();
        services.AddScoped<GetCall>();
        services.AddScoped<ListCalls>();

        services.AddSingleton<PublishedCallCache>();
        services.AddScoped<ProposalContextLoader>();
        services.AddScoped<ProposalAccess>();
        services.AddScoped<ProposalEditor>();
        services.AddScoped<CreateProposal>();
        services.AddScoped<ProposalVisibility>();
        services.AddScoped<GetProposal>();
        services.AddScoped<ListProposals>();
        services.AddScoped<GetEligibility>();
        services.AddScoped<ListProposalVersions>();
        services.AddScoped<GetSubmittedSnapshot>();
        services.AddScoped<GetProposalHistory>();
        services.AddScoped<VerifyProposalHistory>();
        services.AddScoped<UpdateProjectFields>();
        services.AddScoped<AddPartner>();
        services.AddScoped<RemovePartner>();
        services.AddScoped<SetPartnerBudget>();
        services.AddScoped<SetExcludedExperts>();
        services.AddScoped<SubmitProposal>();
        services.AddScoped<ScreenProposal>();
        services.AddScoped<WithdrawProposal>();
        services.AddScoped<UploadAttachment>();
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<InvitePartner>();
        services.AddScoped<ListPartnerInvitations>();

        services.AddScoped<DocumentScheduler>();
        services.AddScoped<ISubmissionListener, SubmissionDocuments>();
        services.AddScoped<DocumentModelFactory>();
        services.AddScoped<GenerateDocument>();
        services.AddScoped<RecordDocumentFailure>();
        services.AddScoped<ListDocuments>();
        services.AddScoped<DownloadDocument>();
        services.AddScoped<RegenerateDocument>();
        services.AddScoped<RequeueStalledDocuments>();

        // The review and co-funding areas answer the reminder jobs, the calendar and the dashboard.
        services.AddScoped<Reminders.IPendingFundingDecisions, Reminders.PendingFundingDecisionsFromRequests>();
        services.AddScoped<Reporting.IReviewFigures, Reviews.Figures.AssignmentReviewFigures>();
        services.AddScoped<IDocumentModelSource, EvaluationSummarySource>();
        services.AddScoped<IDocumentModelSource, LabelCertificateSource>();
        services.AddScoped<IDocumentModelSource, FundingDecisionSource>();

        services.AddNotificationsAndReminders();
        services.AddCoFundingAndReporting();
        services.AddReviewsAndLabelling();
        return services;
    }
}
