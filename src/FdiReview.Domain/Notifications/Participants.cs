using System.Text.Json.Serialization;

namespace FdiReview.Domain.Notifications;

/// <summary>How a user of the investor organisation takes part in a filing.</summary>
[JsonConverter(typeof(KebabCaseEnum<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>The creator: manages the other participants.</summary>
    Admin,
    /// <summary>A colleague who helps with the file: answers, corrections, documents, compliance reports (<see cref="ParticipantPolicy"/>).</summary>
    Contributor,
    /// <summary>Counsel speaking for the investor to the agency, who never commits it: no withdrawal, refiling, signing or participants.</summary>
    Agent,
}

public sealed record Participant(string UserId, string Name, ParticipantRole Role);

public sealed record ParticipantAdded(Guid NotificationId, Participant Participant, Actor By, DateTimeOffset At);

public sealed record ParticipantRemoved(Guid NotificationId, string UserId, string Name, Actor By, DateTimeOffset At);

public sealed partial class Notification
{
    public List<Participant> Participants { get; set; } = [];

    public void Apply(ParticipantAdded e) => Participants.Add(e.Participant);
    public void Apply(ParticipantRemoved e) => Participants.RemoveAll(p => p.UserId == e.UserId);

    /// <summary>
    /// Who may see this notification at all: the agency, and the investor users taking part in it (the
    /// filing admin, contributors and agents it added) — never anyone else of the organisation, or another one.
    /// </summary>
    public bool IsVisibleTo(Actor viewer) => viewer.Role != Roles.Investor || ParticipantOf(viewer) is not null;

    public Participant? ParticipantOf(Actor viewer) =>
        viewer.Role == Roles.Investor && viewer.Organization == Organization
            ? Participants.FirstOrDefault(p => p.UserId == viewer.UserId)
            : null;

    /// <summary>The filing admin adds a colleague of the same organisation as contributor or agent.</summary>
    public IReadOnlyList<object> AddParticipant(Actor user, ParticipantRole role, Actor admin, DateTimeOffset now)
    {
        RequireMay(admin, InvestorAction.ManageParticipants);
        Require(role != ParticipantRole.Admin, "A filing has one admin: add colleagues as contributors or agents.");
        Require(user.Role == Roles.Investor && user.Organization == Organization,
            "Only users of the same investor organisation can take part in its filings.");
        Require(Participants.All(p => p.UserId != user.UserId), $"{user.Name} already takes part in this filing.");
        return [new ParticipantAdded(Id, new Participant(user.UserId, user.Name, role), admin, now)];
    }

    public IReadOnlyList<object> RemoveParticipant(string userId, Actor admin, DateTimeOffset now)
    {
        RequireMay(admin, InvestorAction.ManageParticipants);
        var participant = Participants.FirstOrDefault(p => p.UserId == userId);
        Require(participant is not null, "That user does not take part in this filing.");
        Require(participant!.Role != ParticipantRole.Admin, "The filing admin cannot be removed.");
        return [new ParticipantRemoved(Id, userId, participant.Name, admin, now)];
    }

    /// <summary>The participant policy, in the decision itself: whatever sends the command, a role may take only its steps.</summary>
    private void RequireMay(Actor actor, InvestorAction action) =>
        Require(ParticipantOf(actor) is { } p && ParticipantPolicy.Allows(p.Role, action),
            $"Only the {ParticipantPolicy.WhoMay(action)} of this filing may do this.");
}
