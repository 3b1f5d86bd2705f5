import type { ApiErrorCode } from '../../../../shared/api/contract';
import type { IceServer, RoomPeer, RoomSignal } from '../../../../shared/schemas/rooms.schemas';
import type { RoomConnection, RoomServerMessage } from '../../../api/rooms.live';
import type { LocalMedia, LocalMediaState } from '../media/localMedia';

/** `joining`: waiting for the server; `reconnecting`: the socket dropped and a rejoin follows by itself. */
type RoomPhase = 'joining' | 'joined' | 'reconnecting' | 'refused';

interface RemotePeer extends RoomPeer {
  /** A new stream whenever a track arrives, so a video element can simply take it as its source. */
  stream: MediaStream;
  connection: RTCPeerConnectionState;
}

export interface RoomMeshState {
  phase: RoomPhase;
  peers: RemotePeer[];
  /** Why the server refused this person (not a participant, room full, not open, ended). */
  refusal: { code: RefusalCode; message: string } | null;
}

/** Codes of `error` messages that mean the join itself was refused. */
const REFUSALS = [
  'rooms.forbidden',
  'rooms.not_open',
  'rooms.ended',
  'rooms.full',
  'rooms.not_booked',
] as const satisfies ApiErrorCode[];
type RefusalCode = (typeof REFUSALS)[number];
const isRefusal = (code: string): code is RefusalCode => (REFUSALS as readonly string[]).includes(code);

/** One connection to another peer, negotiated the "perfect negotiation" way (see `onDescription`). */
interface PeerLink {
  peer: RoomPeer;
  pc: RTCPeerConnection;
  /** The newcomer offers and wins an offer collision; the one who was there first yields. */
  polite: boolean;
  makingOffer: boolean;
  ignoreOffer: boolean;
  /** Signals are handled one at a time, in order: a candidate must not overtake its description. */
  queue: Promise<void>;
  stream: MediaStream;
  /** Wakes when a connection has been trying for too long without getting through. */
  stuck: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Browsers declare a connection `failed` only after about 30 s: one still `connecting` (or `disconnected`) this long
 * has its ICE restarted by the side that offers, which finds a path again within a second or two when one exists.
 */
const STUCK_MS = 6_000;

type Kind = 'audio' | 'video';

/**
 * The WebRTC mesh of a room: one RTCPeerConnection per other participant, signalled over the tab's live socket.
 *
 * Whoever joins offers to everyone already there (`room.joined` lists them); those present answer. Camera and
 * microphone changes replace the tracks of the existing senders, so no renegotiation is needed; a connection that
 * fails while the socket is up restarts ICE. When the socket drops, every connection is closed: the server gives
 * the rejoining tab a new peer id and the others see it leave and come back, so everyone starts afresh.
 */
export class RoomMesh {
  private state: RoomMeshState = { phase: 'joining', peers: [], refusal: null };
  private readonly listeners = new Set<() => void>();
  private readonly links = new Map<string, PeerLink>();
  /** Signals from a peer whose arrival has not been announced yet (messages of two topics may interleave). */
  private readonly early = new Map<string, RoomSignal[]>();
  private leave: (() => void) | undefined;
  private unsubscribeMedia: (() => void) | undefined;
  private media: LocalMediaState;

  constructor(
    private readonly chatId: string,
    private readonly iceServers: IceServer[],
    private readonly localMedia: LocalMedia,
    private readonly connection: RoomConnection,
  ) {
    this.media = localMedia.getSnapshot();
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getSnapshot = () => this.state;

  /** The connections, for the browser tests' statistics. */
  peerConnections(): { peer: RoomPeer; pc: RTCPeerConnection }[] {
    return [...this.links.values()].map(({ peer, pc }) => ({ peer, pc }));
  }

  start(): void {
    this.update({ phase: 'joining', refusal: null });
    this.unsubscribeMedia = this.localMedia.subscribe(() => this.onMediaChanged());
    this.leave = this.connection.enterRoom({
      chatId: this.chatId,
      media: () => this.announcedMedia(),
      onMessage: (message) => this.onMessage(message),
      onDisconnected: () => {
        if (this.state.phase === 'refused') return;
        this.closeAll();
        this.update({ phase: 'reconnecting' });
      },
    });
  }

  stop(): void {
    this.unsubscribeMedia?.();
    this.leave?.();
    this.leave = undefined;
    this.closeAll();
  }

  private announcedMedia() {
    return {
      audio: this.media.micOn && this.media.microphone !== null,
      video: this.media.outgoingVideo !== null,
    };
  }

  private onMessage(message: RoomServerMessage): void {
    switch (message.type) {
      case 'room.joined':
        this.closeAll();
        this.update({ phase: 'joined', refusal: null });
        // What changed between sending the join and now is announced again.
        this.connection.sendToRoom({ type: 'room.media', chatId: this.chatId, ...this.announcedMedia() });
        for (const peer of message.peers) this.open(peer, false);
        return;
      case 'room.peer_joined':
        this.open(message.peer, true);
        for (const signal of this.early.get(message.peer.peerId) ?? [])
          this.onSignal(message.peer.peerId, signal);
        this.early.delete(message.peer.peerId);
        return;
      case 'room.peer_left':
        this.close(message.peerId);
        this.early.delete(message.peerId);
        return;
      case 'room.signal':
        this.onSignal(message.from, message.signal);
        return;
      case 'room.media': {
        const link = this.links.get(message.peerId);
        if (!link) return;
        link.peer = { ...link.peer, audio: message.audio, video: message.video };
        this.publishPeers();
        return;
      }
      case 'error':
        if (!isRefusal(message.code)) {
          console.warn(`Room: ${message.message}`);
          return;
        }
        this.closeAll();
        this.update({ phase: 'refused', refusal: { code: message.code, message: message.message } });
        return;
    }
  }

  private open(peer: RoomPeer, polite: boolean): void {
    this.close(peer.peerId);
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const link: PeerLink = {
      peer,
      pc,
      polite,
      makingOffer: false,
      ignoreOffer: false,
      queue: Promise.resolve(),
      stream: new MediaStream(),
      stuck: undefined,
    };
    this.links.set(peer.peerId, link);
    pc.ontrack = ({ track }) => {
      if (link.stream.getTracks().includes(track)) return;
      link.stream = new MediaStream([...link.stream.getTracks(), track]);
      this.publishPeers();
    };
    pc.onicecandidate = ({ candidate }) => {
      if (candidate?.candidate)
        this.signal(peer.peerId, { candidate: candidate.toJSON() as RoomSignal['candidate'] });
    };
    pc.onnegotiationneeded = async () => {
      try {
        link.makingOffer = true;
        await pc.setLocalDescription();
        this.sendDescription(peer.peerId, pc);
      } catch (error) {
        console.warn('Room: could not make an offer', error);
      } finally {
        link.makingOffer = false;
      }
    };
    pc.onconnectionstatechange = () => {
      // The socket is up (or this connection would have been closed): find a new path without leaving.
      if (pc.connectionState === 'failed') pc.restartIce();
      this.watchForStuck(link);
      this.publishPeers();
    };
    // The newcomer creates both senders now (even without a camera, to add it later without renegotiation);
    // whoever was there first attaches its tracks to the transceivers the offer brings (see `onDescription`).
    if (!polite) {
      pc.addTransceiver(this.media.microphone ?? 'audio', { direction: 'sendrecv' });
      pc.addTransceiver(this.media.outgoingVideo ?? 'video', { direction: 'sendrecv' });
    }
    this.publishPeers();
  }

  private watchForStuck(link: PeerLink): void {
    clearTimeout(link.stuck);
    link.stuck = undefined;
    const trying = link.pc.connectionState === 'connecting' || link.pc.connectionState === 'disconnected';
    if (!trying || link.polite) return;
    link.stuck = setTimeout(() => {
      if (this.links.get(link.peer.peerId) !== link) return;
      link.pc.restartIce();
      this.watchForStuck(link);
    }, STUCK_MS);
  }

  private onSignal(from: string, signal: RoomSignal): void {
    const link = this.links.get(from);
    if (!link) {
      this.early.set(from, [...(this.early.get(from) ?? []), signal]);
      return;
    }
    link.queue = link.queue
      .then(() =>
        signal.description ? this.onDescription(link, signal.description) : this.onCandidate(link, signal),
      )
      .catch((error: unknown) => console.warn('Room: a signal could not be applied', error));
  }

  /**
   * Perfect negotiation (W3C WebRTC examples): when both sides offer at once (say, both restart ICE), the polite
   * side drops its own offer and answers; the impolite side ignores the offer it receives.
   */
  private async onDescription(link: PeerLink, description: RTCSessionDescriptionInit): Promise<void> {
    const { pc } = link;
    const collision = description.type === 'offer' && (link.makingOffer || pc.signalingState !== 'stable');
    link.ignoreOffer = !link.polite && collision;
    if (link.ignoreOffer || pc.signalingState === 'closed') return;
    await pc.setRemoteDescription(description);
    if (description.type !== 'offer') return;
    await this.attachTracks(pc);
    await pc.setLocalDescription();
    this.sendDescription(link.peer.peerId, pc);
  }

  private async onCandidate(link: PeerLink, signal: RoomSignal): Promise<void> {
    try {
      await link.pc.addIceCandidate(signal.candidate);
    } catch (error) {
      // Candidates of an offer this side ignored belong to nothing here.
      if (!link.ignoreOffer) throw error;
    }
  }

  /** Sends this side's tracks on transceivers an offer created, which would otherwise only receive. */
  private async attachTracks(pc: RTCPeerConnection): Promise<void> {
    for (const transceiver of pc.getTransceivers()) {
      if (transceiver.direction !== 'recvonly') continue;
      transceiver.direction = 'sendrecv';
      await transceiver.sender.replaceTrack(this.outgoing(transceiver.receiver.track.kind as Kind));
    }
  }

  private outgoing(kind: Kind): MediaStreamTrack | null {
    return kind === 'audio' ? this.media.microphone : this.media.outgoingVideo;
  }

  /** A new device, camera on/off or background effect: the senders switch tracks in place, no renegotiation. */
  private onMediaChanged(): void {
    const before = this.media;
    const after = this.localMedia.getSnapshot();
    this.media = after;
    const changed = {
      audio: before.microphone !== after.microphone,
      video: before.outgoingVideo !== after.outgoingVideo,
    };
    if (changed.audio || changed.video) {
      for (const { pc } of this.links.values()) {
        for (const transceiver of pc.getTransceivers()) {
          const kind = transceiver.receiver.track.kind as Kind;
          if (changed[kind] && transceiver.direction === 'sendrecv')
            void transceiver.sender.replaceTrack(this.outgoing(kind)).catch(() => undefined);
        }
      }
    }
    const announced = (state: LocalMediaState) =>
      `${state.micOn && state.microphone !== null}/${state.outgoingVideo !== null}`;
    if (announced(before) !== announced(after) && this.state.phase === 'joined')
      this.connection.sendToRoom({ type: 'room.media', chatId: this.chatId, ...this.announcedMedia() });
  }

  private sendDescription(to: string, pc: RTCPeerConnection): void {
    const description = pc.localDescription;
    if (description) this.signal(to, { description: { type: description.type, sdp: description.sdp } });
  }

  private signal(to: string, signal: RoomSignal): void {
    this.connection.sendToRoom({ type: 'room.signal', chatId: this.chatId, to, signal });
  }

  private close(peerId: string): void {
    const link = this.links.get(peerId);
    if (!link) return;
    this.links.delete(peerId);
    clearTimeout(link.stuck);
    link.pc.close();
    this.publishPeers();
  }

  private closeAll(): void {
    for (const peerId of [...this.links.keys()]) this.close(peerId);
    this.early.clear();
  }

  private publishPeers(): void {
    this.update({
      peers: [...this.links.values()].map(({ peer, stream, pc }) => ({
        ...peer,
        stream,
        connection: pc.connectionState,
      })),
    });
  }

  private update(change: Partial<RoomMeshState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
